import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace ttrpc {

    interface IStatus extends ttrpc.Status.$Properties {
    }

    class Status {
        constructor(properties?: ttrpc.Status.$Properties);
        $unknowns?: Uint8Array[];
        code: number;
        message: string;
        static create(properties: ttrpc.Status.$Shape): ttrpc.Status & ttrpc.Status.$Shape;
        static create(properties?: ttrpc.Status.$Properties): ttrpc.Status;
        static encode(message: ttrpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Status & ttrpc.Status.$Shape;
        static getTypeUrl(prefix?: string): string;
    }

    namespace Status {
        interface $Properties {
            code?: (number|null);
            message?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = ttrpc.Status.$Properties;
    }

    interface IKeyValue extends ttrpc.KeyValue.$Properties {
    }

    class KeyValue {
        constructor(properties?: ttrpc.KeyValue.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        value: string;
        static create(properties: ttrpc.KeyValue.$Shape): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
        static create(properties?: ttrpc.KeyValue.$Properties): ttrpc.KeyValue;
        static encode(message: ttrpc.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
        static getTypeUrl(prefix?: string): string;
    }

    namespace KeyValue {
        interface $Properties {
            key?: (string|null);
            value?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = ttrpc.KeyValue.$Properties;
    }

    interface IRequest extends ttrpc.Request.$Properties {
    }

    class Request {
        constructor(properties?: ttrpc.Request.$Properties);
        $unknowns?: Uint8Array[];
        service: string;
        method: string;
        payload: Uint8Array;
        timeoutNano: number;
        metadata: ttrpc.KeyValue.$Properties[];
        static create(properties: ttrpc.Request.$Shape): ttrpc.Request & ttrpc.Request.$Shape;
        static create(properties?: ttrpc.Request.$Properties): ttrpc.Request;
        static encode(message: ttrpc.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Request & ttrpc.Request.$Shape;
        static getTypeUrl(prefix?: string): string;
    }

    namespace Request {
        interface $Properties {
            service?: (string|null);
            method?: (string|null);
            payload?: (Uint8Array|null);
            timeoutNano?: (number|null);
            metadata?: (ttrpc.KeyValue.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = ttrpc.Request.$Properties;
    }

    interface IResponse extends ttrpc.Response.$Properties {
    }

    class Response {
        constructor(properties?: ttrpc.Response.$Properties);
        $unknowns?: Uint8Array[];
        status?: (ttrpc.Status.$Properties|null);
        payload: Uint8Array;
        static create(properties: ttrpc.Response.$Shape): ttrpc.Response & ttrpc.Response.$Shape;
        static create(properties?: ttrpc.Response.$Properties): ttrpc.Response;
        static encode(message: ttrpc.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Response & ttrpc.Response.$Shape;
        static getTypeUrl(prefix?: string): string;
    }

    namespace Response {
        interface $Properties {
            status?: (ttrpc.Status.$Properties|null);
            payload?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = ttrpc.Response.$Properties;
    }
}

export namespace containerd {

    namespace types {

        interface IMount extends containerd.types.Mount.$Properties {
        }

        class Mount {
            constructor(properties?: containerd.types.Mount.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            source: string;
            target: string;
            options: string[];
            static create(properties: containerd.types.Mount.$Shape): containerd.types.Mount & containerd.types.Mount.$Shape;
            static create(properties?: containerd.types.Mount.$Properties): containerd.types.Mount;
            static encode(message: containerd.types.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Mount & containerd.types.Mount.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mount {
            interface $Properties {
                type?: (string|null);
                source?: (string|null);
                target?: (string|null);
                options?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.Mount.$Properties;
        }

        enum TaskStatus {
            UNKNOWN = 0,
            CREATED = 1,
            RUNNING = 2,
            STOPPED = 3,
            PAUSED = 4,
            PAUSING = 5
        }

        interface IProcessInfo extends containerd.types.ProcessInfo.$Properties {
        }

        class ProcessInfo {
            constructor(properties?: containerd.types.ProcessInfo.$Properties);
            $unknowns?: Uint8Array[];
            pid: number;
            info?: (google.protobuf.Any.$Properties|null);
            static create(properties: containerd.types.ProcessInfo.$Shape): containerd.types.ProcessInfo & containerd.types.ProcessInfo.$Shape;
            static create(properties?: containerd.types.ProcessInfo.$Properties): containerd.types.ProcessInfo;
            static encode(message: containerd.types.ProcessInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.ProcessInfo & containerd.types.ProcessInfo.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessInfo {
            interface $Properties {
                pid?: (number|null);
                info?: (google.protobuf.Any.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.ProcessInfo.$Properties;
        }
    }

    namespace task {

        namespace v2 {

            interface ICreateTaskRequest extends containerd.task.v2.CreateTaskRequest.$Properties {
            }

            class CreateTaskRequest {
                constructor(properties?: containerd.task.v2.CreateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                rootfs: containerd.types.Mount.$Properties[];
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                checkpoint: string;
                parentCheckpoint: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.CreateTaskRequest.$Shape): containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.CreateTaskRequest.$Properties): containerd.task.v2.CreateTaskRequest;
                static encode(message: containerd.task.v2.CreateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    rootfs?: (containerd.types.Mount.$Properties[]|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    checkpoint?: (string|null);
                    parentCheckpoint?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CreateTaskRequest.$Properties;
            }

            interface ICreateTaskResponse extends containerd.task.v2.CreateTaskResponse.$Properties {
            }

            class CreateTaskResponse {
                constructor(properties?: containerd.task.v2.CreateTaskResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v2.CreateTaskResponse.$Shape): containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape;
                static create(properties?: containerd.task.v2.CreateTaskResponse.$Properties): containerd.task.v2.CreateTaskResponse;
                static encode(message: containerd.task.v2.CreateTaskResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTaskResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CreateTaskResponse.$Properties;
            }

            interface IDeleteRequest extends containerd.task.v2.DeleteRequest.$Properties {
            }

            class DeleteRequest {
                constructor(properties?: containerd.task.v2.DeleteRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.DeleteRequest.$Shape): containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape;
                static create(properties?: containerd.task.v2.DeleteRequest.$Properties): containerd.task.v2.DeleteRequest;
                static encode(message: containerd.task.v2.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.DeleteRequest.$Properties;
            }

            interface IDeleteResponse extends containerd.task.v2.DeleteResponse.$Properties {
            }

            class DeleteResponse {
                constructor(properties?: containerd.task.v2.DeleteResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                exitStatus: number;
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v2.DeleteResponse.$Shape): containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape;
                static create(properties?: containerd.task.v2.DeleteResponse.$Properties): containerd.task.v2.DeleteResponse;
                static encode(message: containerd.task.v2.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteResponse {
                interface $Properties {
                    pid?: (number|null);
                    exitStatus?: (number|null);
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.DeleteResponse.$Properties;
            }

            interface IExecProcessRequest extends containerd.task.v2.ExecProcessRequest.$Properties {
            }

            class ExecProcessRequest {
                constructor(properties?: containerd.task.v2.ExecProcessRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                spec?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.ExecProcessRequest.$Shape): containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape;
                static create(properties?: containerd.task.v2.ExecProcessRequest.$Properties): containerd.task.v2.ExecProcessRequest;
                static encode(message: containerd.task.v2.ExecProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecProcessRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    spec?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ExecProcessRequest.$Properties;
            }

            interface IResizePtyRequest extends containerd.task.v2.ResizePtyRequest.$Properties {
            }

            class ResizePtyRequest {
                constructor(properties?: containerd.task.v2.ResizePtyRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                width: number;
                height: number;
                static create(properties: containerd.task.v2.ResizePtyRequest.$Shape): containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape;
                static create(properties?: containerd.task.v2.ResizePtyRequest.$Properties): containerd.task.v2.ResizePtyRequest;
                static encode(message: containerd.task.v2.ResizePtyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResizePtyRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    width?: (number|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ResizePtyRequest.$Properties;
            }

            interface IStateRequest extends containerd.task.v2.StateRequest.$Properties {
            }

            class StateRequest {
                constructor(properties?: containerd.task.v2.StateRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.StateRequest.$Shape): containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape;
                static create(properties?: containerd.task.v2.StateRequest.$Properties): containerd.task.v2.StateRequest;
                static encode(message: containerd.task.v2.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StateRequest.$Properties;
            }

            interface IStateResponse extends containerd.task.v2.StateResponse.$Properties {
            }

            class StateResponse {
                constructor(properties?: containerd.task.v2.StateResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                pid: number;
                status: containerd.types.TaskStatus;
                stdin: string;
                stdout: string;
                stderr: string;
                terminal: boolean;
                exitStatus: number;
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                execId: string;
                static create(properties: containerd.task.v2.StateResponse.$Shape): containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape;
                static create(properties?: containerd.task.v2.StateResponse.$Properties): containerd.task.v2.StateResponse;
                static encode(message: containerd.task.v2.StateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateResponse {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    pid?: (number|null);
                    status?: (containerd.types.TaskStatus|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    terminal?: (boolean|null);
                    exitStatus?: (number|null);
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StateResponse.$Properties;
            }

            interface IKillRequest extends containerd.task.v2.KillRequest.$Properties {
            }

            class KillRequest {
                constructor(properties?: containerd.task.v2.KillRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                signal: number;
                all: boolean;
                static create(properties: containerd.task.v2.KillRequest.$Shape): containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape;
                static create(properties?: containerd.task.v2.KillRequest.$Properties): containerd.task.v2.KillRequest;
                static encode(message: containerd.task.v2.KillRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace KillRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    signal?: (number|null);
                    all?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.KillRequest.$Properties;
            }

            interface ICloseIORequest extends containerd.task.v2.CloseIORequest.$Properties {
            }

            class CloseIORequest {
                constructor(properties?: containerd.task.v2.CloseIORequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                stdin: boolean;
                static create(properties: containerd.task.v2.CloseIORequest.$Shape): containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape;
                static create(properties?: containerd.task.v2.CloseIORequest.$Properties): containerd.task.v2.CloseIORequest;
                static encode(message: containerd.task.v2.CloseIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloseIORequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    stdin?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CloseIORequest.$Properties;
            }

            interface IPidsRequest extends containerd.task.v2.PidsRequest.$Properties {
            }

            class PidsRequest {
                constructor(properties?: containerd.task.v2.PidsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.PidsRequest.$Shape): containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape;
                static create(properties?: containerd.task.v2.PidsRequest.$Properties): containerd.task.v2.PidsRequest;
                static encode(message: containerd.task.v2.PidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace PidsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PidsRequest.$Properties;
            }

            interface IPidsResponse extends containerd.task.v2.PidsResponse.$Properties {
            }

            class PidsResponse {
                constructor(properties?: containerd.task.v2.PidsResponse.$Properties);
                $unknowns?: Uint8Array[];
                processes: containerd.types.ProcessInfo.$Properties[];
                static create(properties: containerd.task.v2.PidsResponse.$Shape): containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape;
                static create(properties?: containerd.task.v2.PidsResponse.$Properties): containerd.task.v2.PidsResponse;
                static encode(message: containerd.task.v2.PidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace PidsResponse {
                interface $Properties {
                    processes?: (containerd.types.ProcessInfo.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PidsResponse.$Properties;
            }

            interface ICheckpointTaskRequest extends containerd.task.v2.CheckpointTaskRequest.$Properties {
            }

            class CheckpointTaskRequest {
                constructor(properties?: containerd.task.v2.CheckpointTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                path: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.CheckpointTaskRequest.$Shape): containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.CheckpointTaskRequest.$Properties): containerd.task.v2.CheckpointTaskRequest;
                static encode(message: containerd.task.v2.CheckpointTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckpointTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    path?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CheckpointTaskRequest.$Properties;
            }

            interface IUpdateTaskRequest extends containerd.task.v2.UpdateTaskRequest.$Properties {
            }

            class UpdateTaskRequest {
                constructor(properties?: containerd.task.v2.UpdateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                resources?: (google.protobuf.Any.$Properties|null);
                annotations: { [k: string]: string };
                static create(properties: containerd.task.v2.UpdateTaskRequest.$Shape): containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.UpdateTaskRequest.$Properties): containerd.task.v2.UpdateTaskRequest;
                static encode(message: containerd.task.v2.UpdateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    resources?: (google.protobuf.Any.$Properties|null);
                    annotations?: ({ [k: string]: string }|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.UpdateTaskRequest.$Properties;
            }

            interface IStartRequest extends containerd.task.v2.StartRequest.$Properties {
            }

            class StartRequest {
                constructor(properties?: containerd.task.v2.StartRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.StartRequest.$Shape): containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape;
                static create(properties?: containerd.task.v2.StartRequest.$Properties): containerd.task.v2.StartRequest;
                static encode(message: containerd.task.v2.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StartRequest.$Properties;
            }

            interface IStartResponse extends containerd.task.v2.StartResponse.$Properties {
            }

            class StartResponse {
                constructor(properties?: containerd.task.v2.StartResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v2.StartResponse.$Shape): containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape;
                static create(properties?: containerd.task.v2.StartResponse.$Properties): containerd.task.v2.StartResponse;
                static encode(message: containerd.task.v2.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StartResponse.$Properties;
            }

            interface IWaitRequest extends containerd.task.v2.WaitRequest.$Properties {
            }

            class WaitRequest {
                constructor(properties?: containerd.task.v2.WaitRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.WaitRequest.$Shape): containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape;
                static create(properties?: containerd.task.v2.WaitRequest.$Properties): containerd.task.v2.WaitRequest;
                static encode(message: containerd.task.v2.WaitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace WaitRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.WaitRequest.$Properties;
            }

            interface IWaitResponse extends containerd.task.v2.WaitResponse.$Properties {
            }

            class WaitResponse {
                constructor(properties?: containerd.task.v2.WaitResponse.$Properties);
                $unknowns?: Uint8Array[];
                exitStatus: number;
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v2.WaitResponse.$Shape): containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape;
                static create(properties?: containerd.task.v2.WaitResponse.$Properties): containerd.task.v2.WaitResponse;
                static encode(message: containerd.task.v2.WaitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace WaitResponse {
                interface $Properties {
                    exitStatus?: (number|null);
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.WaitResponse.$Properties;
            }

            interface IStatsRequest extends containerd.task.v2.StatsRequest.$Properties {
            }

            class StatsRequest {
                constructor(properties?: containerd.task.v2.StatsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.StatsRequest.$Shape): containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape;
                static create(properties?: containerd.task.v2.StatsRequest.$Properties): containerd.task.v2.StatsRequest;
                static encode(message: containerd.task.v2.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StatsRequest.$Properties;
            }

            interface IStatsResponse extends containerd.task.v2.StatsResponse.$Properties {
            }

            class StatsResponse {
                constructor(properties?: containerd.task.v2.StatsResponse.$Properties);
                $unknowns?: Uint8Array[];
                stats?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.StatsResponse.$Shape): containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape;
                static create(properties?: containerd.task.v2.StatsResponse.$Properties): containerd.task.v2.StatsResponse;
                static encode(message: containerd.task.v2.StatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatsResponse {
                interface $Properties {
                    stats?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StatsResponse.$Properties;
            }

            interface IConnectRequest extends containerd.task.v2.ConnectRequest.$Properties {
            }

            class ConnectRequest {
                constructor(properties?: containerd.task.v2.ConnectRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.ConnectRequest.$Shape): containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape;
                static create(properties?: containerd.task.v2.ConnectRequest.$Properties): containerd.task.v2.ConnectRequest;
                static encode(message: containerd.task.v2.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ConnectRequest.$Properties;
            }

            interface IConnectResponse extends containerd.task.v2.ConnectResponse.$Properties {
            }

            class ConnectResponse {
                constructor(properties?: containerd.task.v2.ConnectResponse.$Properties);
                $unknowns?: Uint8Array[];
                shimPid: number;
                taskPid: number;
                version: string;
                static create(properties: containerd.task.v2.ConnectResponse.$Shape): containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape;
                static create(properties?: containerd.task.v2.ConnectResponse.$Properties): containerd.task.v2.ConnectResponse;
                static encode(message: containerd.task.v2.ConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectResponse {
                interface $Properties {
                    shimPid?: (number|null);
                    taskPid?: (number|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ConnectResponse.$Properties;
            }

            interface IShutdownRequest extends containerd.task.v2.ShutdownRequest.$Properties {
            }

            class ShutdownRequest {
                constructor(properties?: containerd.task.v2.ShutdownRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                now: boolean;
                static create(properties: containerd.task.v2.ShutdownRequest.$Shape): containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape;
                static create(properties?: containerd.task.v2.ShutdownRequest.$Properties): containerd.task.v2.ShutdownRequest;
                static encode(message: containerd.task.v2.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace ShutdownRequest {
                interface $Properties {
                    id?: (string|null);
                    now?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ShutdownRequest.$Properties;
            }

            interface IPauseRequest extends containerd.task.v2.PauseRequest.$Properties {
            }

            class PauseRequest {
                constructor(properties?: containerd.task.v2.PauseRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.PauseRequest.$Shape): containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape;
                static create(properties?: containerd.task.v2.PauseRequest.$Properties): containerd.task.v2.PauseRequest;
                static encode(message: containerd.task.v2.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace PauseRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PauseRequest.$Properties;
            }

            interface IResumeRequest extends containerd.task.v2.ResumeRequest.$Properties {
            }

            class ResumeRequest {
                constructor(properties?: containerd.task.v2.ResumeRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.ResumeRequest.$Shape): containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape;
                static create(properties?: containerd.task.v2.ResumeRequest.$Properties): containerd.task.v2.ResumeRequest;
                static encode(message: containerd.task.v2.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResumeRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ResumeRequest.$Properties;
            }

            interface IProcessDetails extends containerd.task.v2.ProcessDetails.$Properties {
            }

            class ProcessDetails {
                constructor(properties?: containerd.task.v2.ProcessDetails.$Properties);
                $unknowns?: Uint8Array[];
                execId: string;
                static create(properties: containerd.task.v2.ProcessDetails.$Shape): containerd.task.v2.ProcessDetails & containerd.task.v2.ProcessDetails.$Shape;
                static create(properties?: containerd.task.v2.ProcessDetails.$Properties): containerd.task.v2.ProcessDetails;
                static encode(message: containerd.task.v2.ProcessDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ProcessDetails & containerd.task.v2.ProcessDetails.$Shape;
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProcessDetails {
                interface $Properties {
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ProcessDetails.$Properties;
            }
        }
    }

    namespace events {

        interface ITaskIO extends containerd.events.TaskIO.$Properties {
        }

        class TaskIO {
            constructor(properties?: containerd.events.TaskIO.$Properties);
            $unknowns?: Uint8Array[];
            stdin: string;
            stdout: string;
            stderr: string;
            terminal: boolean;
            static create(properties: containerd.events.TaskIO.$Shape): containerd.events.TaskIO & containerd.events.TaskIO.$Shape;
            static create(properties?: containerd.events.TaskIO.$Properties): containerd.events.TaskIO;
            static encode(message: containerd.events.TaskIO.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskIO & containerd.events.TaskIO.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskIO {
            interface $Properties {
                stdin?: (string|null);
                stdout?: (string|null);
                stderr?: (string|null);
                terminal?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskIO.$Properties;
        }

        interface ITaskCreate extends containerd.events.TaskCreate.$Properties {
        }

        class TaskCreate {
            constructor(properties?: containerd.events.TaskCreate.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            bundle: string;
            rootfs: containerd.types.Mount.$Properties[];
            io?: (containerd.events.TaskIO.$Properties|null);
            checkpoint: string;
            pid: number;
            static create(properties: containerd.events.TaskCreate.$Shape): containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape;
            static create(properties?: containerd.events.TaskCreate.$Properties): containerd.events.TaskCreate;
            static encode(message: containerd.events.TaskCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskCreate {
            interface $Properties {
                containerId?: (string|null);
                bundle?: (string|null);
                rootfs?: (containerd.types.Mount.$Properties[]|null);
                io?: (containerd.events.TaskIO.$Properties|null);
                checkpoint?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskCreate.$Properties;
        }

        interface ITaskStart extends containerd.events.TaskStart.$Properties {
        }

        class TaskStart {
            constructor(properties?: containerd.events.TaskStart.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            pid: number;
            static create(properties: containerd.events.TaskStart.$Shape): containerd.events.TaskStart & containerd.events.TaskStart.$Shape;
            static create(properties?: containerd.events.TaskStart.$Properties): containerd.events.TaskStart;
            static encode(message: containerd.events.TaskStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskStart & containerd.events.TaskStart.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStart {
            interface $Properties {
                containerId?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskStart.$Properties;
        }

        interface ITaskDelete extends containerd.events.TaskDelete.$Properties {
        }

        class TaskDelete {
            constructor(properties?: containerd.events.TaskDelete.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            pid: number;
            exitStatus: number;
            exitedAt?: (google.protobuf.Timestamp.$Properties|null);
            id: string;
            static create(properties: containerd.events.TaskDelete.$Shape): containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape;
            static create(properties?: containerd.events.TaskDelete.$Properties): containerd.events.TaskDelete;
            static encode(message: containerd.events.TaskDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskDelete {
            interface $Properties {
                containerId?: (string|null);
                pid?: (number|null);
                exitStatus?: (number|null);
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskDelete.$Properties;
        }

        interface ITaskExit extends containerd.events.TaskExit.$Properties {
        }

        class TaskExit {
            constructor(properties?: containerd.events.TaskExit.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            id: string;
            pid: number;
            exitStatus: number;
            exitedAt?: (google.protobuf.Timestamp.$Properties|null);
            static create(properties: containerd.events.TaskExit.$Shape): containerd.events.TaskExit & containerd.events.TaskExit.$Shape;
            static create(properties?: containerd.events.TaskExit.$Properties): containerd.events.TaskExit;
            static encode(message: containerd.events.TaskExit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExit & containerd.events.TaskExit.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskExit {
            interface $Properties {
                containerId?: (string|null);
                id?: (string|null);
                pid?: (number|null);
                exitStatus?: (number|null);
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExit.$Properties;
        }

        interface ITaskOOM extends containerd.events.TaskOOM.$Properties {
        }

        class TaskOOM {
            constructor(properties?: containerd.events.TaskOOM.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: containerd.events.TaskOOM.$Shape): containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape;
            static create(properties?: containerd.events.TaskOOM.$Properties): containerd.events.TaskOOM;
            static encode(message: containerd.events.TaskOOM.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskOOM {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskOOM.$Properties;
        }

        interface ITaskExecAdded extends containerd.events.TaskExecAdded.$Properties {
        }

        class TaskExecAdded {
            constructor(properties?: containerd.events.TaskExecAdded.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            execId: string;
            static create(properties: containerd.events.TaskExecAdded.$Shape): containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape;
            static create(properties?: containerd.events.TaskExecAdded.$Properties): containerd.events.TaskExecAdded;
            static encode(message: containerd.events.TaskExecAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskExecAdded {
            interface $Properties {
                containerId?: (string|null);
                execId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExecAdded.$Properties;
        }

        interface ITaskExecStarted extends containerd.events.TaskExecStarted.$Properties {
        }

        class TaskExecStarted {
            constructor(properties?: containerd.events.TaskExecStarted.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            execId: string;
            pid: number;
            static create(properties: containerd.events.TaskExecStarted.$Shape): containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape;
            static create(properties?: containerd.events.TaskExecStarted.$Properties): containerd.events.TaskExecStarted;
            static encode(message: containerd.events.TaskExecStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskExecStarted {
            interface $Properties {
                containerId?: (string|null);
                execId?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExecStarted.$Properties;
        }

        interface ITaskPaused extends containerd.events.TaskPaused.$Properties {
        }

        class TaskPaused {
            constructor(properties?: containerd.events.TaskPaused.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: containerd.events.TaskPaused.$Shape): containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape;
            static create(properties?: containerd.events.TaskPaused.$Properties): containerd.events.TaskPaused;
            static encode(message: containerd.events.TaskPaused.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskPaused {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskPaused.$Properties;
        }

        interface ITaskResumed extends containerd.events.TaskResumed.$Properties {
        }

        class TaskResumed {
            constructor(properties?: containerd.events.TaskResumed.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: containerd.events.TaskResumed.$Shape): containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape;
            static create(properties?: containerd.events.TaskResumed.$Properties): containerd.events.TaskResumed;
            static encode(message: containerd.events.TaskResumed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskResumed {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskResumed.$Properties;
        }

        interface IEnvelope extends containerd.events.Envelope.$Properties {
        }

        class Envelope {
            constructor(properties?: containerd.events.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            timestamp?: (google.protobuf.Timestamp.$Properties|null);
            namespace: string;
            topic: string;
            event?: (google.protobuf.Any.$Properties|null);
            static create(properties: containerd.events.Envelope.$Shape): containerd.events.Envelope & containerd.events.Envelope.$Shape;
            static create(properties?: containerd.events.Envelope.$Properties): containerd.events.Envelope;
            static encode(message: containerd.events.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.Envelope & containerd.events.Envelope.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {
            interface $Properties {
                timestamp?: (google.protobuf.Timestamp.$Properties|null);
                namespace?: (string|null);
                topic?: (string|null);
                event?: (google.protobuf.Any.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.Envelope.$Properties;
        }

        interface IForwardRequest extends containerd.events.ForwardRequest.$Properties {
        }

        class ForwardRequest {
            constructor(properties?: containerd.events.ForwardRequest.$Properties);
            $unknowns?: Uint8Array[];
            envelope?: (containerd.events.Envelope.$Properties|null);
            static create(properties: containerd.events.ForwardRequest.$Shape): containerd.events.ForwardRequest & containerd.events.ForwardRequest.$Shape;
            static create(properties?: containerd.events.ForwardRequest.$Properties): containerd.events.ForwardRequest;
            static encode(message: containerd.events.ForwardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.ForwardRequest & containerd.events.ForwardRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ForwardRequest {
            interface $Properties {
                envelope?: (containerd.events.Envelope.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.ForwardRequest.$Properties;
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IAny extends google.protobuf.Any.$Properties {
        }

        class Any {
            constructor(properties?: google.protobuf.Any.$Properties);
            $unknowns?: Uint8Array[];
            type_url: string;
            value: Uint8Array;
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {
            interface $Properties {
                type_url?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Any.$Properties;
        }

        interface IEmpty extends google.protobuf.Empty.$Properties {
        }

        class Empty {
            constructor(properties?: google.protobuf.Empty.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: google.protobuf.Empty.$Shape): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static create(properties?: google.protobuf.Empty.$Properties): google.protobuf.Empty;
            static encode(message: google.protobuf.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Empty {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Empty.$Properties;
        }

        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        class Timestamp {
            constructor(properties?: google.protobuf.Timestamp.$Properties);
            $unknowns?: Uint8Array[];
            seconds: number;
            nanos: number;
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {
            interface $Properties {
                seconds?: (number|null);
                nanos?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}

export namespace io {

    namespace containerd {

        namespace cgroups {

            namespace v1 {

                interface IMetrics extends io.containerd.cgroups.v1.Metrics.$Properties {
                }

                class Metrics {
                    constructor(properties?: io.containerd.cgroups.v1.Metrics.$Properties);
                    $unknowns?: Uint8Array[];
                    pids?: (io.containerd.cgroups.v1.PidsStat.$Properties|null);
                    cpu?: (io.containerd.cgroups.v1.CPUStat.$Properties|null);
                    memory?: (io.containerd.cgroups.v1.MemoryStat.$Properties|null);
                    memoryOomControl?: (io.containerd.cgroups.v1.MemoryOomControl.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.Metrics.$Shape): io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.Metrics.$Properties): io.containerd.cgroups.v1.Metrics;
                    static encode(message: io.containerd.cgroups.v1.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Metrics {
                    interface $Properties {
                        pids?: (io.containerd.cgroups.v1.PidsStat.$Properties|null);
                        cpu?: (io.containerd.cgroups.v1.CPUStat.$Properties|null);
                        memory?: (io.containerd.cgroups.v1.MemoryStat.$Properties|null);
                        memoryOomControl?: (io.containerd.cgroups.v1.MemoryOomControl.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.Metrics.$Properties;
                }

                interface IPidsStat extends io.containerd.cgroups.v1.PidsStat.$Properties {
                }

                class PidsStat {
                    constructor(properties?: io.containerd.cgroups.v1.PidsStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: number;
                    limit: number;
                    static create(properties: io.containerd.cgroups.v1.PidsStat.$Shape): io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.PidsStat.$Properties): io.containerd.cgroups.v1.PidsStat;
                    static encode(message: io.containerd.cgroups.v1.PidsStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PidsStat {
                    interface $Properties {
                        current?: (number|null);
                        limit?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.PidsStat.$Properties;
                }

                interface ICPUStat extends io.containerd.cgroups.v1.CPUStat.$Properties {
                }

                class CPUStat {
                    constructor(properties?: io.containerd.cgroups.v1.CPUStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage?: (io.containerd.cgroups.v1.CPUUsage.$Properties|null);
                    throttling?: (io.containerd.cgroups.v1.Throttle.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.CPUStat.$Shape): io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CPUStat.$Properties): io.containerd.cgroups.v1.CPUStat;
                    static encode(message: io.containerd.cgroups.v1.CPUStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace CPUStat {
                    interface $Properties {
                        usage?: (io.containerd.cgroups.v1.CPUUsage.$Properties|null);
                        throttling?: (io.containerd.cgroups.v1.Throttle.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CPUStat.$Properties;
                }

                interface ICPUUsage extends io.containerd.cgroups.v1.CPUUsage.$Properties {
                }

                class CPUUsage {
                    constructor(properties?: io.containerd.cgroups.v1.CPUUsage.$Properties);
                    $unknowns?: Uint8Array[];
                    total: number;
                    kernel: number;
                    user: number;
                    perCpu: number[];
                    static create(properties: io.containerd.cgroups.v1.CPUUsage.$Shape): io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CPUUsage.$Properties): io.containerd.cgroups.v1.CPUUsage;
                    static encode(message: io.containerd.cgroups.v1.CPUUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace CPUUsage {
                    interface $Properties {
                        total?: (number|null);
                        kernel?: (number|null);
                        user?: (number|null);
                        perCpu?: (number[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CPUUsage.$Properties;
                }

                interface IThrottle extends io.containerd.cgroups.v1.Throttle.$Properties {
                }

                class Throttle {
                    constructor(properties?: io.containerd.cgroups.v1.Throttle.$Properties);
                    $unknowns?: Uint8Array[];
                    periods: number;
                    throttledPeriods: number;
                    throttledTime: number;
                    static create(properties: io.containerd.cgroups.v1.Throttle.$Shape): io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.Throttle.$Properties): io.containerd.cgroups.v1.Throttle;
                    static encode(message: io.containerd.cgroups.v1.Throttle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Throttle {
                    interface $Properties {
                        periods?: (number|null);
                        throttledPeriods?: (number|null);
                        throttledTime?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.Throttle.$Properties;
                }

                interface IMemoryStat extends io.containerd.cgroups.v1.MemoryStat.$Properties {
                }

                class MemoryStat {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryStat.$Properties);
                    $unknowns?: Uint8Array[];
                    cache: number;
                    rss: number;
                    mappedFile: number;
                    totalCache: number;
                    totalRss: number;
                    usage?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    swap?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    kernel?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    kernelTcp?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.MemoryStat.$Shape): io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryStat.$Properties): io.containerd.cgroups.v1.MemoryStat;
                    static encode(message: io.containerd.cgroups.v1.MemoryStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryStat {
                    interface $Properties {
                        cache?: (number|null);
                        rss?: (number|null);
                        mappedFile?: (number|null);
                        totalCache?: (number|null);
                        totalRss?: (number|null);
                        usage?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        swap?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        kernel?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        kernelTcp?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryStat.$Properties;
                }

                interface IMemoryEntry extends io.containerd.cgroups.v1.MemoryEntry.$Properties {
                }

                class MemoryEntry {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    limit: number;
                    usage: number;
                    max: number;
                    failcnt: number;
                    static create(properties: io.containerd.cgroups.v1.MemoryEntry.$Shape): io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryEntry.$Properties): io.containerd.cgroups.v1.MemoryEntry;
                    static encode(message: io.containerd.cgroups.v1.MemoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryEntry {
                    interface $Properties {
                        limit?: (number|null);
                        usage?: (number|null);
                        max?: (number|null);
                        failcnt?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryEntry.$Properties;
                }

                interface IMemoryOomControl extends io.containerd.cgroups.v1.MemoryOomControl.$Properties {
                }

                class MemoryOomControl {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryOomControl.$Properties);
                    $unknowns?: Uint8Array[];
                    oomKillDisable: number;
                    underOom: number;
                    oomKill: number;
                    static create(properties: io.containerd.cgroups.v1.MemoryOomControl.$Shape): io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryOomControl.$Properties): io.containerd.cgroups.v1.MemoryOomControl;
                    static encode(message: io.containerd.cgroups.v1.MemoryOomControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape;
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryOomControl {
                    interface $Properties {
                        oomKillDisable?: (number|null);
                        underOom?: (number|null);
                        oomKill?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryOomControl.$Properties;
                }
            }
        }
    }
}
