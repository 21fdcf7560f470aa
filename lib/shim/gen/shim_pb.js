/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ttrpc = $root.ttrpc = (() => {

    /**
     * Namespace ttrpc.
     * @exports ttrpc
     * @namespace
     */
    const ttrpc = {};

    ttrpc.Status = (function() {

        /**
         * Properties of a Status.
         * @typedef {Object} ttrpc.Status.$Properties
         * @property {number|null} [code] Status code
         * @property {string|null} [message] Status message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Status.
         * @memberof ttrpc
         * @interface IStatus
         * @augments ttrpc.Status.$Properties
         * @deprecated Use ttrpc.Status.$Properties instead.
         */

        /**
         * Shape of a Status.
         * @typedef {ttrpc.Status.$Properties} ttrpc.Status.$Shape
         */

        /**
         * Constructs a new Status.
         * @memberof ttrpc
         * @classdesc Represents a Status.
         * @constructor
         * @param {ttrpc.Status.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Status = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Status code.
         * @member {number} code
         * @memberof ttrpc.Status
         * @instance
         */
        Status.prototype.code = 0;

        /**
         * Status message.
         * @member {string} message
         * @memberof ttrpc.Status
         * @instance
         */
        Status.prototype.message = "";

        /**
         * Creates a new Status instance using the specified properties.
         * @function create
         * @memberof ttrpc.Status
         * @static
         * @param {ttrpc.Status.$Properties=} [properties] Properties to set
         * @returns {ttrpc.Status} Status instance
         * @type {{
         *   (properties: ttrpc.Status.$Shape): ttrpc.Status & ttrpc.Status.$Shape;
         *   (properties?: ttrpc.Status.$Properties): ttrpc.Status;
         * }}
         */
        Status.create = function(properties) {
            return new Status(properties);
        };

        /**
         * Encodes the specified Status message. Does not implicitly {@link ttrpc.Status.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Status
         * @static
         * @param {ttrpc.Status.$Properties} message Status message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Status.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Status message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Status
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Status & ttrpc.Status.$Shape} Status
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Status.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ttrpc.Status();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.code = value;
                        else
                            delete message.code;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Status
         * @function getTypeUrl
         * @memberof ttrpc.Status
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Status.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/ttrpc.Status";
        };

        return Status;
    })();

    ttrpc.KeyValue = (function() {

        /**
         * Properties of a KeyValue.
         * @typedef {Object} ttrpc.KeyValue.$Properties
         * @property {string|null} [key] KeyValue key
         * @property {string|null} [value] KeyValue value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a KeyValue.
         * @memberof ttrpc
         * @interface IKeyValue
         * @augments ttrpc.KeyValue.$Properties
         * @deprecated Use ttrpc.KeyValue.$Properties instead.
         */

        /**
         * Shape of a KeyValue.
         * @typedef {ttrpc.KeyValue.$Properties} ttrpc.KeyValue.$Shape
         */

        /**
         * Constructs a new KeyValue.
         * @memberof ttrpc
         * @classdesc Represents a KeyValue.
         * @constructor
         * @param {ttrpc.KeyValue.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KeyValue = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * KeyValue key.
         * @member {string} key
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.key = "";

        /**
         * KeyValue value.
         * @member {string} value
         * @memberof ttrpc.KeyValue
         * @instance
         */
        KeyValue.prototype.value = "";

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @function create
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.KeyValue.$Properties=} [properties] Properties to set
         * @returns {ttrpc.KeyValue} KeyValue instance
         * @type {{
         *   (properties: ttrpc.KeyValue.$Shape): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
         *   (properties?: ttrpc.KeyValue.$Properties): ttrpc.KeyValue;
         * }}
         */
        KeyValue.create = function(properties) {
            return new KeyValue(properties);
        };

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link ttrpc.KeyValue.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {ttrpc.KeyValue.$Properties} message KeyValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeyValue.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.KeyValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.KeyValue & ttrpc.KeyValue.$Shape} KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeyValue.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ttrpc.KeyValue();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for KeyValue
         * @function getTypeUrl
         * @memberof ttrpc.KeyValue
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        KeyValue.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/ttrpc.KeyValue";
        };

        return KeyValue;
    })();

    ttrpc.Request = (function() {

        /**
         * Properties of a Request.
         * @typedef {Object} ttrpc.Request.$Properties
         * @property {string|null} [service] Request service
         * @property {string|null} [method] Request method
         * @property {Uint8Array|null} [payload] Request payload
         * @property {number|null} [timeoutNano] Request timeoutNano
         * @property {Array.<ttrpc.KeyValue.$Properties>|null} [metadata] Request metadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Request.
         * @memberof ttrpc
         * @interface IRequest
         * @augments ttrpc.Request.$Properties
         * @deprecated Use ttrpc.Request.$Properties instead.
         */

        /**
         * Shape of a Request.
         * @typedef {ttrpc.Request.$Properties} ttrpc.Request.$Shape
         */

        /**
         * Constructs a new Request.
         * @memberof ttrpc
         * @classdesc Represents a Request.
         * @constructor
         * @param {ttrpc.Request.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Request = function (properties) {
            this.metadata = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Request service.
         * @member {string} service
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.service = "";

        /**
         * Request method.
         * @member {string} method
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.method = "";

        /**
         * Request payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.payload = $util.newBuffer([]);

        /**
         * Request timeoutNano.
         * @member {number} timeoutNano
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.timeoutNano = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Request metadata.
         * @member {Array.<ttrpc.KeyValue.$Properties>} metadata
         * @memberof ttrpc.Request
         * @instance
         */
        Request.prototype.metadata = $util.emptyArray;

        /**
         * Creates a new Request instance using the specified properties.
         * @function create
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.Request.$Properties=} [properties] Properties to set
         * @returns {ttrpc.Request} Request instance
         * @type {{
         *   (properties: ttrpc.Request.$Shape): ttrpc.Request & ttrpc.Request.$Shape;
         *   (properties?: ttrpc.Request.$Properties): ttrpc.Request;
         * }}
         */
        Request.create = function(properties) {
            return new Request(properties);
        };

        /**
         * Encodes the specified Request message. Does not implicitly {@link ttrpc.Request.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Request
         * @static
         * @param {ttrpc.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.service != null && $Object.hasOwnProperty.call(message, "service") && message.service !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.service);
            if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.method);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
            if (message.timeoutNano != null && $Object.hasOwnProperty.call(message, "timeoutNano") && (typeof message.timeoutNano === "object" ? message.timeoutNano.low || message.timeoutNano.high : message.timeoutNano !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timeoutNano);
            if (message.metadata != null && message.metadata.length)
                for (let i = 0; i < message.metadata.length; ++i)
                    $root.ttrpc.KeyValue.encode(message.metadata[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Request & ttrpc.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ttrpc.Request();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.service = value;
                        else
                            delete message.service;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.method = value;
                        else
                            delete message.method;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timeoutNano = value;
                        else
                            delete message.timeoutNano;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata && message.metadata.length))
                            message.metadata = [];
                        message.metadata.push($root.ttrpc.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Request
         * @function getTypeUrl
         * @memberof ttrpc.Request
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Request.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/ttrpc.Request";
        };

        return Request;
    })();

    ttrpc.Response = (function() {

        /**
         * Properties of a Response.
         * @typedef {Object} ttrpc.Response.$Properties
         * @property {ttrpc.Status.$Properties|null} [status] Response status
         * @property {Uint8Array|null} [payload] Response payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Response.
         * @memberof ttrpc
         * @interface IResponse
         * @augments ttrpc.Response.$Properties
         * @deprecated Use ttrpc.Response.$Properties instead.
         */

        /**
         * Shape of a Response.
         * @typedef {ttrpc.Response.$Properties} ttrpc.Response.$Shape
         */

        /**
         * Constructs a new Response.
         * @memberof ttrpc
         * @classdesc Represents a Response.
         * @constructor
         * @param {ttrpc.Response.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Response = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Response status.
         * @member {ttrpc.Status.$Properties|null|undefined} status
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.status = null;

        /**
         * Response payload.
         * @member {Uint8Array} payload
         * @memberof ttrpc.Response
         * @instance
         */
        Response.prototype.payload = $util.newBuffer([]);

        /**
         * Creates a new Response instance using the specified properties.
         * @function create
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.Response.$Properties=} [properties] Properties to set
         * @returns {ttrpc.Response} Response instance
         * @type {{
         *   (properties: ttrpc.Response.$Shape): ttrpc.Response & ttrpc.Response.$Shape;
         *   (properties?: ttrpc.Response.$Properties): ttrpc.Response;
         * }}
         */
        Response.create = function(properties) {
            return new Response(properties);
        };

        /**
         * Encodes the specified Response message. Does not implicitly {@link ttrpc.Response.verify|verify} messages.
         * @function encode
         * @memberof ttrpc.Response
         * @static
         * @param {ttrpc.Response.$Properties} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                $root.ttrpc.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @function decode
         * @memberof ttrpc.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {ttrpc.Response & ttrpc.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.ttrpc.Response();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.status = $root.ttrpc.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for Response
         * @function getTypeUrl
         * @memberof ttrpc.Response
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Response.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/ttrpc.Response";
        };

        return Response;
    })();

    return ttrpc;
})();

export const containerd = $root.containerd = (() => {

    /**
     * Namespace containerd.
     * @exports containerd
     * @namespace
     */
    const containerd = {};

    containerd.types = (function() {

        /**
         * Namespace types.
         * @memberof containerd
         * @namespace
         */
        const types = {};

        types.Mount = (function() {

            /**
             * Properties of a Mount.
             * @typedef {Object} containerd.types.Mount.$Properties
             * @property {string|null} [type] Mount type
             * @property {string|null} [source] Mount source
             * @property {string|null} [target] Mount target
             * @property {Array.<string>|null} [options] Mount options
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Mount.
             * @memberof containerd.types
             * @interface IMount
             * @augments containerd.types.Mount.$Properties
             * @deprecated Use containerd.types.Mount.$Properties instead.
             */

            /**
             * Shape of a Mount.
             * @typedef {containerd.types.Mount.$Properties} containerd.types.Mount.$Shape
             */

            /**
             * Constructs a new Mount.
             * @memberof containerd.types
             * @classdesc Represents a Mount.
             * @constructor
             * @param {containerd.types.Mount.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Mount = function (properties) {
                this.options = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Mount type.
             * @member {string} type
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.type = "";

            /**
             * Mount source.
             * @member {string} source
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.source = "";

            /**
             * Mount target.
             * @member {string} target
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.target = "";

            /**
             * Mount options.
             * @member {Array.<string>} options
             * @memberof containerd.types.Mount
             * @instance
             */
            Mount.prototype.options = $util.emptyArray;

            /**
             * Creates a new Mount instance using the specified properties.
             * @function create
             * @memberof containerd.types.Mount
             * @static
             * @param {containerd.types.Mount.$Properties=} [properties] Properties to set
             * @returns {containerd.types.Mount} Mount instance
             * @type {{
             *   (properties: containerd.types.Mount.$Shape): containerd.types.Mount & containerd.types.Mount.$Shape;
             *   (properties?: containerd.types.Mount.$Properties): containerd.types.Mount;
             * }}
             */
            Mount.create = function(properties) {
                return new Mount(properties);
            };

            /**
             * Encodes the specified Mount message. Does not implicitly {@link containerd.types.Mount.verify|verify} messages.
             * @function encode
             * @memberof containerd.types.Mount
             * @static
             * @param {containerd.types.Mount.$Properties} message Mount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.source);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.target);
                if (message.options != null && message.options.length)
                    for (let i = 0; i < message.options.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.options[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Mount message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.types.Mount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.types.Mount & containerd.types.Mount.$Shape} Mount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.types.Mount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.options && message.options.length))
                                message.options = [];
                            message.options.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Mount
             * @function getTypeUrl
             * @memberof containerd.types.Mount
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Mount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.types.Mount";
            };

            return Mount;
        })();

        /**
         * TaskStatus enum.
         * @name containerd.types.TaskStatus
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} CREATED=1 CREATED value
         * @property {number} RUNNING=2 RUNNING value
         * @property {number} STOPPED=3 STOPPED value
         * @property {number} PAUSED=4 PAUSED value
         * @property {number} PAUSING=5 PAUSING value
         */
        types.TaskStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "CREATED"] = 1;
            values[valuesById[2] = "RUNNING"] = 2;
            values[valuesById[3] = "STOPPED"] = 3;
            values[valuesById[4] = "PAUSED"] = 4;
            values[valuesById[5] = "PAUSING"] = 5;
            return values;
        })();

        types.ProcessInfo = (function() {

            /**
             * Properties of a ProcessInfo.
             * @typedef {Object} containerd.types.ProcessInfo.$Properties
             * @property {number|null} [pid] ProcessInfo pid
             * @property {google.protobuf.Any.$Properties|null} [info] ProcessInfo info
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProcessInfo.
             * @memberof containerd.types
             * @interface IProcessInfo
             * @augments containerd.types.ProcessInfo.$Properties
             * @deprecated Use containerd.types.ProcessInfo.$Properties instead.
             */

            /**
             * Shape of a ProcessInfo.
             * @typedef {containerd.types.ProcessInfo.$Properties} containerd.types.ProcessInfo.$Shape
             */

            /**
             * Constructs a new ProcessInfo.
             * @memberof containerd.types
             * @classdesc Represents a ProcessInfo.
             * @constructor
             * @param {containerd.types.ProcessInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProcessInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProcessInfo pid.
             * @member {number} pid
             * @memberof containerd.types.ProcessInfo
             * @instance
             */
            ProcessInfo.prototype.pid = 0;

            /**
             * ProcessInfo info.
             * @member {google.protobuf.Any.$Properties|null|undefined} info
             * @memberof containerd.types.ProcessInfo
             * @instance
             */
            ProcessInfo.prototype.info = null;

            /**
             * Creates a new ProcessInfo instance using the specified properties.
             * @function create
             * @memberof containerd.types.ProcessInfo
             * @static
             * @param {containerd.types.ProcessInfo.$Properties=} [properties] Properties to set
             * @returns {containerd.types.ProcessInfo} ProcessInfo instance
             * @type {{
             *   (properties: containerd.types.ProcessInfo.$Shape): containerd.types.ProcessInfo & containerd.types.ProcessInfo.$Shape;
             *   (properties?: containerd.types.ProcessInfo.$Properties): containerd.types.ProcessInfo;
             * }}
             */
            ProcessInfo.create = function(properties) {
                return new ProcessInfo(properties);
            };

            /**
             * Encodes the specified ProcessInfo message. Does not implicitly {@link containerd.types.ProcessInfo.verify|verify} messages.
             * @function encode
             * @memberof containerd.types.ProcessInfo
             * @static
             * @param {containerd.types.ProcessInfo.$Properties} message ProcessInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProcessInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.google.protobuf.Any.encode(message.info, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProcessInfo message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.types.ProcessInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.types.ProcessInfo & containerd.types.ProcessInfo.$Shape} ProcessInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProcessInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.types.ProcessInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProcessInfo
             * @function getTypeUrl
             * @memberof containerd.types.ProcessInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProcessInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.types.ProcessInfo";
            };

            return ProcessInfo;
        })();

        return types;
    })();

    containerd.task = (function() {

        /**
         * Namespace task.
         * @memberof containerd
         * @namespace
         */
        const task = {};

        task.v2 = (function() {

            /**
             * Namespace v2.
             * @memberof containerd.task
             * @namespace
             */
            const v2 = {};

            v2.CreateTaskRequest = (function() {

                /**
                 * Properties of a CreateTaskRequest.
                 * @typedef {Object} containerd.task.v2.CreateTaskRequest.$Properties
                 * @property {string|null} [id] CreateTaskRequest id
                 * @property {string|null} [bundle] CreateTaskRequest bundle
                 * @property {Array.<containerd.types.Mount.$Properties>|null} [rootfs] CreateTaskRequest rootfs
                 * @property {boolean|null} [terminal] CreateTaskRequest terminal
                 * @property {string|null} [stdin] CreateTaskRequest stdin
                 * @property {string|null} [stdout] CreateTaskRequest stdout
                 * @property {string|null} [stderr] CreateTaskRequest stderr
                 * @property {string|null} [checkpoint] CreateTaskRequest checkpoint
                 * @property {string|null} [parentCheckpoint] CreateTaskRequest parentCheckpoint
                 * @property {google.protobuf.Any.$Properties|null} [options] CreateTaskRequest options
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateTaskRequest.
                 * @memberof containerd.task.v2
                 * @interface ICreateTaskRequest
                 * @augments containerd.task.v2.CreateTaskRequest.$Properties
                 * @deprecated Use containerd.task.v2.CreateTaskRequest.$Properties instead.
                 */

                /**
                 * Shape of a CreateTaskRequest.
                 * @typedef {containerd.task.v2.CreateTaskRequest.$Properties} containerd.task.v2.CreateTaskRequest.$Shape
                 */

                /**
                 * Constructs a new CreateTaskRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CreateTaskRequest.
                 * @constructor
                 * @param {containerd.task.v2.CreateTaskRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateTaskRequest = function (properties) {
                    this.rootfs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateTaskRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.id = "";

                /**
                 * CreateTaskRequest bundle.
                 * @member {string} bundle
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.bundle = "";

                /**
                 * CreateTaskRequest rootfs.
                 * @member {Array.<containerd.types.Mount.$Properties>} rootfs
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.rootfs = $util.emptyArray;

                /**
                 * CreateTaskRequest terminal.
                 * @member {boolean} terminal
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.terminal = false;

                /**
                 * CreateTaskRequest stdin.
                 * @member {string} stdin
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.stdin = "";

                /**
                 * CreateTaskRequest stdout.
                 * @member {string} stdout
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.stdout = "";

                /**
                 * CreateTaskRequest stderr.
                 * @member {string} stderr
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.stderr = "";

                /**
                 * CreateTaskRequest checkpoint.
                 * @member {string} checkpoint
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.checkpoint = "";

                /**
                 * CreateTaskRequest parentCheckpoint.
                 * @member {string} parentCheckpoint
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.parentCheckpoint = "";

                /**
                 * CreateTaskRequest options.
                 * @member {google.protobuf.Any.$Properties|null|undefined} options
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @instance
                 */
                CreateTaskRequest.prototype.options = null;

                /**
                 * Creates a new CreateTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {containerd.task.v2.CreateTaskRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.CreateTaskRequest} CreateTaskRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.CreateTaskRequest.$Shape): containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape;
                 *   (properties?: containerd.task.v2.CreateTaskRequest.$Properties): containerd.task.v2.CreateTaskRequest;
                 * }}
                 */
                CreateTaskRequest.create = function(properties) {
                    return new CreateTaskRequest(properties);
                };

                /**
                 * Encodes the specified CreateTaskRequest message. Does not implicitly {@link containerd.task.v2.CreateTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {containerd.task.v2.CreateTaskRequest.$Properties} message CreateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle") && message.bundle !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundle);
                    if (message.rootfs != null && message.rootfs.length)
                        for (let i = 0; i < message.rootfs.length; ++i)
                            $root.containerd.types.Mount.encode(message.rootfs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.terminal);
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stdin);
                    if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stdout);
                    if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.stderr);
                    if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.checkpoint);
                    if (message.parentCheckpoint != null && $Object.hasOwnProperty.call(message, "parentCheckpoint") && message.parentCheckpoint !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.parentCheckpoint);
                    if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                        $root.google.protobuf.Any.encode(message.options, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape} CreateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.CreateTaskRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bundle = value;
                                else
                                    delete message.bundle;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.rootfs && message.rootfs.length))
                                    message.rootfs = [];
                                message.rootfs.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.terminal = value;
                                else
                                    delete message.terminal;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdin = value;
                                else
                                    delete message.stdin;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdout = value;
                                else
                                    delete message.stdout;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stderr = value;
                                else
                                    delete message.stderr;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.checkpoint = value;
                                else
                                    delete message.checkpoint;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.parentCheckpoint = value;
                                else
                                    delete message.parentCheckpoint;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.options = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for CreateTaskRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CreateTaskRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateTaskRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.CreateTaskRequest";
                };

                return CreateTaskRequest;
            })();

            v2.CreateTaskResponse = (function() {

                /**
                 * Properties of a CreateTaskResponse.
                 * @typedef {Object} containerd.task.v2.CreateTaskResponse.$Properties
                 * @property {number|null} [pid] CreateTaskResponse pid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CreateTaskResponse.
                 * @memberof containerd.task.v2
                 * @interface ICreateTaskResponse
                 * @augments containerd.task.v2.CreateTaskResponse.$Properties
                 * @deprecated Use containerd.task.v2.CreateTaskResponse.$Properties instead.
                 */

                /**
                 * Shape of a CreateTaskResponse.
                 * @typedef {containerd.task.v2.CreateTaskResponse.$Properties} containerd.task.v2.CreateTaskResponse.$Shape
                 */

                /**
                 * Constructs a new CreateTaskResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CreateTaskResponse.
                 * @constructor
                 * @param {containerd.task.v2.CreateTaskResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CreateTaskResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CreateTaskResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @instance
                 */
                CreateTaskResponse.prototype.pid = 0;

                /**
                 * Creates a new CreateTaskResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {containerd.task.v2.CreateTaskResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.CreateTaskResponse} CreateTaskResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.CreateTaskResponse.$Shape): containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape;
                 *   (properties?: containerd.task.v2.CreateTaskResponse.$Properties): containerd.task.v2.CreateTaskResponse;
                 * }}
                 */
                CreateTaskResponse.create = function(properties) {
                    return new CreateTaskResponse(properties);
                };

                /**
                 * Encodes the specified CreateTaskResponse message. Does not implicitly {@link containerd.task.v2.CreateTaskResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {containerd.task.v2.CreateTaskResponse.$Properties} message CreateTaskResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CreateTaskResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CreateTaskResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape} CreateTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CreateTaskResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.CreateTaskResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for CreateTaskResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CreateTaskResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CreateTaskResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.CreateTaskResponse";
                };

                return CreateTaskResponse;
            })();

            v2.DeleteRequest = (function() {

                /**
                 * Properties of a DeleteRequest.
                 * @typedef {Object} containerd.task.v2.DeleteRequest.$Properties
                 * @property {string|null} [id] DeleteRequest id
                 * @property {string|null} [execId] DeleteRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DeleteRequest.
                 * @memberof containerd.task.v2
                 * @interface IDeleteRequest
                 * @augments containerd.task.v2.DeleteRequest.$Properties
                 * @deprecated Use containerd.task.v2.DeleteRequest.$Properties instead.
                 */

                /**
                 * Shape of a DeleteRequest.
                 * @typedef {containerd.task.v2.DeleteRequest.$Properties} containerd.task.v2.DeleteRequest.$Shape
                 */

                /**
                 * Constructs a new DeleteRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a DeleteRequest.
                 * @constructor
                 * @param {containerd.task.v2.DeleteRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DeleteRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DeleteRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.id = "";

                /**
                 * DeleteRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.DeleteRequest
                 * @instance
                 */
                DeleteRequest.prototype.execId = "";

                /**
                 * Creates a new DeleteRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {containerd.task.v2.DeleteRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.DeleteRequest} DeleteRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.DeleteRequest.$Shape): containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape;
                 *   (properties?: containerd.task.v2.DeleteRequest.$Properties): containerd.task.v2.DeleteRequest;
                 * }}
                 */
                DeleteRequest.create = function(properties) {
                    return new DeleteRequest(properties);
                };

                /**
                 * Encodes the specified DeleteRequest message. Does not implicitly {@link containerd.task.v2.DeleteRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {containerd.task.v2.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DeleteRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape} DeleteRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.DeleteRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for DeleteRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.DeleteRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DeleteRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.DeleteRequest";
                };

                return DeleteRequest;
            })();

            v2.DeleteResponse = (function() {

                /**
                 * Properties of a DeleteResponse.
                 * @typedef {Object} containerd.task.v2.DeleteResponse.$Properties
                 * @property {number|null} [pid] DeleteResponse pid
                 * @property {number|null} [exitStatus] DeleteResponse exitStatus
                 * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] DeleteResponse exitedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DeleteResponse.
                 * @memberof containerd.task.v2
                 * @interface IDeleteResponse
                 * @augments containerd.task.v2.DeleteResponse.$Properties
                 * @deprecated Use containerd.task.v2.DeleteResponse.$Properties instead.
                 */

                /**
                 * Shape of a DeleteResponse.
                 * @typedef {containerd.task.v2.DeleteResponse.$Properties} containerd.task.v2.DeleteResponse.$Shape
                 */

                /**
                 * Constructs a new DeleteResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a DeleteResponse.
                 * @constructor
                 * @param {containerd.task.v2.DeleteResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DeleteResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DeleteResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.pid = 0;

                /**
                 * DeleteResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof containerd.task.v2.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.exitStatus = 0;

                /**
                 * DeleteResponse exitedAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
                 * @memberof containerd.task.v2.DeleteResponse
                 * @instance
                 */
                DeleteResponse.prototype.exitedAt = null;

                /**
                 * Creates a new DeleteResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {containerd.task.v2.DeleteResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.DeleteResponse} DeleteResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.DeleteResponse.$Shape): containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape;
                 *   (properties?: containerd.task.v2.DeleteResponse.$Properties): containerd.task.v2.DeleteResponse;
                 * }}
                 */
                DeleteResponse.create = function(properties) {
                    return new DeleteResponse(properties);
                };

                /**
                 * Encodes the specified DeleteResponse message. Does not implicitly {@link containerd.task.v2.DeleteResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {containerd.task.v2.DeleteResponse.$Properties} message DeleteResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DeleteResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape} DeleteResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.DeleteResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for DeleteResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.DeleteResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DeleteResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.DeleteResponse";
                };

                return DeleteResponse;
            })();

            v2.ExecProcessRequest = (function() {

                /**
                 * Properties of an ExecProcessRequest.
                 * @typedef {Object} containerd.task.v2.ExecProcessRequest.$Properties
                 * @property {string|null} [id] ExecProcessRequest id
                 * @property {string|null} [execId] ExecProcessRequest execId
                 * @property {boolean|null} [terminal] ExecProcessRequest terminal
                 * @property {string|null} [stdin] ExecProcessRequest stdin
                 * @property {string|null} [stdout] ExecProcessRequest stdout
                 * @property {string|null} [stderr] ExecProcessRequest stderr
                 * @property {google.protobuf.Any.$Properties|null} [spec] ExecProcessRequest spec
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExecProcessRequest.
                 * @memberof containerd.task.v2
                 * @interface IExecProcessRequest
                 * @augments containerd.task.v2.ExecProcessRequest.$Properties
                 * @deprecated Use containerd.task.v2.ExecProcessRequest.$Properties instead.
                 */

                /**
                 * Shape of an ExecProcessRequest.
                 * @typedef {containerd.task.v2.ExecProcessRequest.$Properties} containerd.task.v2.ExecProcessRequest.$Shape
                 */

                /**
                 * Constructs a new ExecProcessRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents an ExecProcessRequest.
                 * @constructor
                 * @param {containerd.task.v2.ExecProcessRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExecProcessRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExecProcessRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.id = "";

                /**
                 * ExecProcessRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.execId = "";

                /**
                 * ExecProcessRequest terminal.
                 * @member {boolean} terminal
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.terminal = false;

                /**
                 * ExecProcessRequest stdin.
                 * @member {string} stdin
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.stdin = "";

                /**
                 * ExecProcessRequest stdout.
                 * @member {string} stdout
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.stdout = "";

                /**
                 * ExecProcessRequest stderr.
                 * @member {string} stderr
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.stderr = "";

                /**
                 * ExecProcessRequest spec.
                 * @member {google.protobuf.Any.$Properties|null|undefined} spec
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @instance
                 */
                ExecProcessRequest.prototype.spec = null;

                /**
                 * Creates a new ExecProcessRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {containerd.task.v2.ExecProcessRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.ExecProcessRequest} ExecProcessRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.ExecProcessRequest.$Shape): containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape;
                 *   (properties?: containerd.task.v2.ExecProcessRequest.$Properties): containerd.task.v2.ExecProcessRequest;
                 * }}
                 */
                ExecProcessRequest.create = function(properties) {
                    return new ExecProcessRequest(properties);
                };

                /**
                 * Encodes the specified ExecProcessRequest message. Does not implicitly {@link containerd.task.v2.ExecProcessRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {containerd.task.v2.ExecProcessRequest.$Properties} message ExecProcessRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecProcessRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.terminal);
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.stdin);
                    if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stdout);
                    if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stderr);
                    if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                        $root.google.protobuf.Any.encode(message.spec, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ExecProcessRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape} ExecProcessRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecProcessRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.ExecProcessRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.terminal = value;
                                else
                                    delete message.terminal;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdin = value;
                                else
                                    delete message.stdin;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdout = value;
                                else
                                    delete message.stdout;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stderr = value;
                                else
                                    delete message.stderr;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.spec = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ExecProcessRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ExecProcessRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ExecProcessRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.ExecProcessRequest";
                };

                return ExecProcessRequest;
            })();

            v2.ResizePtyRequest = (function() {

                /**
                 * Properties of a ResizePtyRequest.
                 * @typedef {Object} containerd.task.v2.ResizePtyRequest.$Properties
                 * @property {string|null} [id] ResizePtyRequest id
                 * @property {string|null} [execId] ResizePtyRequest execId
                 * @property {number|null} [width] ResizePtyRequest width
                 * @property {number|null} [height] ResizePtyRequest height
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResizePtyRequest.
                 * @memberof containerd.task.v2
                 * @interface IResizePtyRequest
                 * @augments containerd.task.v2.ResizePtyRequest.$Properties
                 * @deprecated Use containerd.task.v2.ResizePtyRequest.$Properties instead.
                 */

                /**
                 * Shape of a ResizePtyRequest.
                 * @typedef {containerd.task.v2.ResizePtyRequest.$Properties} containerd.task.v2.ResizePtyRequest.$Shape
                 */

                /**
                 * Constructs a new ResizePtyRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ResizePtyRequest.
                 * @constructor
                 * @param {containerd.task.v2.ResizePtyRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResizePtyRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResizePtyRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.id = "";

                /**
                 * ResizePtyRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.execId = "";

                /**
                 * ResizePtyRequest width.
                 * @member {number} width
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.width = 0;

                /**
                 * ResizePtyRequest height.
                 * @member {number} height
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @instance
                 */
                ResizePtyRequest.prototype.height = 0;

                /**
                 * Creates a new ResizePtyRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {containerd.task.v2.ResizePtyRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.ResizePtyRequest} ResizePtyRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.ResizePtyRequest.$Shape): containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape;
                 *   (properties?: containerd.task.v2.ResizePtyRequest.$Properties): containerd.task.v2.ResizePtyRequest;
                 * }}
                 */
                ResizePtyRequest.create = function(properties) {
                    return new ResizePtyRequest(properties);
                };

                /**
                 * Encodes the specified ResizePtyRequest message. Does not implicitly {@link containerd.task.v2.ResizePtyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {containerd.task.v2.ResizePtyRequest.$Properties} message ResizePtyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResizePtyRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.width);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResizePtyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape} ResizePtyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResizePtyRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.ResizePtyRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.width = value;
                                else
                                    delete message.width;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ResizePtyRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ResizePtyRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResizePtyRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.ResizePtyRequest";
                };

                return ResizePtyRequest;
            })();

            v2.StateRequest = (function() {

                /**
                 * Properties of a StateRequest.
                 * @typedef {Object} containerd.task.v2.StateRequest.$Properties
                 * @property {string|null} [id] StateRequest id
                 * @property {string|null} [execId] StateRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateRequest.
                 * @memberof containerd.task.v2
                 * @interface IStateRequest
                 * @augments containerd.task.v2.StateRequest.$Properties
                 * @deprecated Use containerd.task.v2.StateRequest.$Properties instead.
                 */

                /**
                 * Shape of a StateRequest.
                 * @typedef {containerd.task.v2.StateRequest.$Properties} containerd.task.v2.StateRequest.$Shape
                 */

                /**
                 * Constructs a new StateRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StateRequest.
                 * @constructor
                 * @param {containerd.task.v2.StateRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StateRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StateRequest
                 * @instance
                 */
                StateRequest.prototype.id = "";

                /**
                 * StateRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.StateRequest
                 * @instance
                 */
                StateRequest.prototype.execId = "";

                /**
                 * Creates a new StateRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {containerd.task.v2.StateRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.StateRequest} StateRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.StateRequest.$Shape): containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape;
                 *   (properties?: containerd.task.v2.StateRequest.$Properties): containerd.task.v2.StateRequest;
                 * }}
                 */
                StateRequest.create = function(properties) {
                    return new StateRequest(properties);
                };

                /**
                 * Encodes the specified StateRequest message. Does not implicitly {@link containerd.task.v2.StateRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {containerd.task.v2.StateRequest.$Properties} message StateRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape} StateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.StateRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StateRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StateRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.StateRequest";
                };

                return StateRequest;
            })();

            v2.StateResponse = (function() {

                /**
                 * Properties of a StateResponse.
                 * @typedef {Object} containerd.task.v2.StateResponse.$Properties
                 * @property {string|null} [id] StateResponse id
                 * @property {string|null} [bundle] StateResponse bundle
                 * @property {number|null} [pid] StateResponse pid
                 * @property {containerd.types.TaskStatus|null} [status] StateResponse status
                 * @property {string|null} [stdin] StateResponse stdin
                 * @property {string|null} [stdout] StateResponse stdout
                 * @property {string|null} [stderr] StateResponse stderr
                 * @property {boolean|null} [terminal] StateResponse terminal
                 * @property {number|null} [exitStatus] StateResponse exitStatus
                 * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] StateResponse exitedAt
                 * @property {string|null} [execId] StateResponse execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StateResponse.
                 * @memberof containerd.task.v2
                 * @interface IStateResponse
                 * @augments containerd.task.v2.StateResponse.$Properties
                 * @deprecated Use containerd.task.v2.StateResponse.$Properties instead.
                 */

                /**
                 * Shape of a StateResponse.
                 * @typedef {containerd.task.v2.StateResponse.$Properties} containerd.task.v2.StateResponse.$Shape
                 */

                /**
                 * Constructs a new StateResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StateResponse.
                 * @constructor
                 * @param {containerd.task.v2.StateResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StateResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StateResponse id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.id = "";

                /**
                 * StateResponse bundle.
                 * @member {string} bundle
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.bundle = "";

                /**
                 * StateResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.pid = 0;

                /**
                 * StateResponse status.
                 * @member {containerd.types.TaskStatus} status
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.status = 0;

                /**
                 * StateResponse stdin.
                 * @member {string} stdin
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.stdin = "";

                /**
                 * StateResponse stdout.
                 * @member {string} stdout
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.stdout = "";

                /**
                 * StateResponse stderr.
                 * @member {string} stderr
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.stderr = "";

                /**
                 * StateResponse terminal.
                 * @member {boolean} terminal
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.terminal = false;

                /**
                 * StateResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.exitStatus = 0;

                /**
                 * StateResponse exitedAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.exitedAt = null;

                /**
                 * StateResponse execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.StateResponse
                 * @instance
                 */
                StateResponse.prototype.execId = "";

                /**
                 * Creates a new StateResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {containerd.task.v2.StateResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.StateResponse} StateResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.StateResponse.$Shape): containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape;
                 *   (properties?: containerd.task.v2.StateResponse.$Properties): containerd.task.v2.StateResponse;
                 * }}
                 */
                StateResponse.create = function(properties) {
                    return new StateResponse(properties);
                };

                /**
                 * Encodes the specified StateResponse message. Does not implicitly {@link containerd.task.v2.StateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {containerd.task.v2.StateResponse.$Properties} message StateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StateResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle") && message.bundle !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundle);
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.status);
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stdin);
                    if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.stdout);
                    if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.stderr);
                    if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                        writer.uint32(/* id 8, wireType 0 =*/64).bool(message.terminal);
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape} StateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StateResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.StateResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bundle = value;
                                else
                                    delete message.bundle;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdin = value;
                                else
                                    delete message.stdin;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stdout = value;
                                else
                                    delete message.stdout;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.stderr = value;
                                else
                                    delete message.stderr;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.terminal = value;
                                else
                                    delete message.terminal;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StateResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StateResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StateResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.StateResponse";
                };

                return StateResponse;
            })();

            v2.KillRequest = (function() {

                /**
                 * Properties of a KillRequest.
                 * @typedef {Object} containerd.task.v2.KillRequest.$Properties
                 * @property {string|null} [id] KillRequest id
                 * @property {string|null} [execId] KillRequest execId
                 * @property {number|null} [signal] KillRequest signal
                 * @property {boolean|null} [all] KillRequest all
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KillRequest.
                 * @memberof containerd.task.v2
                 * @interface IKillRequest
                 * @augments containerd.task.v2.KillRequest.$Properties
                 * @deprecated Use containerd.task.v2.KillRequest.$Properties instead.
                 */

                /**
                 * Shape of a KillRequest.
                 * @typedef {containerd.task.v2.KillRequest.$Properties} containerd.task.v2.KillRequest.$Shape
                 */

                /**
                 * Constructs a new KillRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a KillRequest.
                 * @constructor
                 * @param {containerd.task.v2.KillRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KillRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * KillRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.id = "";

                /**
                 * KillRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.execId = "";

                /**
                 * KillRequest signal.
                 * @member {number} signal
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.signal = 0;

                /**
                 * KillRequest all.
                 * @member {boolean} all
                 * @memberof containerd.task.v2.KillRequest
                 * @instance
                 */
                KillRequest.prototype.all = false;

                /**
                 * Creates a new KillRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {containerd.task.v2.KillRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.KillRequest} KillRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.KillRequest.$Shape): containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape;
                 *   (properties?: containerd.task.v2.KillRequest.$Properties): containerd.task.v2.KillRequest;
                 * }}
                 */
                KillRequest.create = function(properties) {
                    return new KillRequest(properties);
                };

                /**
                 * Encodes the specified KillRequest message. Does not implicitly {@link containerd.task.v2.KillRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {containerd.task.v2.KillRequest.$Properties} message KillRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KillRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.signal);
                    if (message.all != null && $Object.hasOwnProperty.call(message, "all") && message.all !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.all);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a KillRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape} KillRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KillRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.KillRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.signal = value;
                                else
                                    delete message.signal;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.all = value;
                                else
                                    delete message.all;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for KillRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.KillRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                KillRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.KillRequest";
                };

                return KillRequest;
            })();

            v2.CloseIORequest = (function() {

                /**
                 * Properties of a CloseIORequest.
                 * @typedef {Object} containerd.task.v2.CloseIORequest.$Properties
                 * @property {string|null} [id] CloseIORequest id
                 * @property {string|null} [execId] CloseIORequest execId
                 * @property {boolean|null} [stdin] CloseIORequest stdin
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CloseIORequest.
                 * @memberof containerd.task.v2
                 * @interface ICloseIORequest
                 * @augments containerd.task.v2.CloseIORequest.$Properties
                 * @deprecated Use containerd.task.v2.CloseIORequest.$Properties instead.
                 */

                /**
                 * Shape of a CloseIORequest.
                 * @typedef {containerd.task.v2.CloseIORequest.$Properties} containerd.task.v2.CloseIORequest.$Shape
                 */

                /**
                 * Constructs a new CloseIORequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CloseIORequest.
                 * @constructor
                 * @param {containerd.task.v2.CloseIORequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CloseIORequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CloseIORequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.id = "";

                /**
                 * CloseIORequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.execId = "";

                /**
                 * CloseIORequest stdin.
                 * @member {boolean} stdin
                 * @memberof containerd.task.v2.CloseIORequest
                 * @instance
                 */
                CloseIORequest.prototype.stdin = false;

                /**
                 * Creates a new CloseIORequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {containerd.task.v2.CloseIORequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.CloseIORequest} CloseIORequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.CloseIORequest.$Shape): containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape;
                 *   (properties?: containerd.task.v2.CloseIORequest.$Properties): containerd.task.v2.CloseIORequest;
                 * }}
                 */
                CloseIORequest.create = function(properties) {
                    return new CloseIORequest(properties);
                };

                /**
                 * Encodes the specified CloseIORequest message. Does not implicitly {@link containerd.task.v2.CloseIORequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {containerd.task.v2.CloseIORequest.$Properties} message CloseIORequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseIORequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.stdin);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CloseIORequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape} CloseIORequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseIORequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.CloseIORequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stdin = value;
                                else
                                    delete message.stdin;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for CloseIORequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CloseIORequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CloseIORequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.CloseIORequest";
                };

                return CloseIORequest;
            })();

            v2.PidsRequest = (function() {

                /**
                 * Properties of a PidsRequest.
                 * @typedef {Object} containerd.task.v2.PidsRequest.$Properties
                 * @property {string|null} [id] PidsRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PidsRequest.
                 * @memberof containerd.task.v2
                 * @interface IPidsRequest
                 * @augments containerd.task.v2.PidsRequest.$Properties
                 * @deprecated Use containerd.task.v2.PidsRequest.$Properties instead.
                 */

                /**
                 * Shape of a PidsRequest.
                 * @typedef {containerd.task.v2.PidsRequest.$Properties} containerd.task.v2.PidsRequest.$Shape
                 */

                /**
                 * Constructs a new PidsRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a PidsRequest.
                 * @constructor
                 * @param {containerd.task.v2.PidsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PidsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PidsRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.PidsRequest
                 * @instance
                 */
                PidsRequest.prototype.id = "";

                /**
                 * Creates a new PidsRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {containerd.task.v2.PidsRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.PidsRequest} PidsRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.PidsRequest.$Shape): containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape;
                 *   (properties?: containerd.task.v2.PidsRequest.$Properties): containerd.task.v2.PidsRequest;
                 * }}
                 */
                PidsRequest.create = function(properties) {
                    return new PidsRequest(properties);
                };

                /**
                 * Encodes the specified PidsRequest message. Does not implicitly {@link containerd.task.v2.PidsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {containerd.task.v2.PidsRequest.$Properties} message PidsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PidsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape} PidsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.PidsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PidsRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.PidsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PidsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.PidsRequest";
                };

                return PidsRequest;
            })();

            v2.PidsResponse = (function() {

                /**
                 * Properties of a PidsResponse.
                 * @typedef {Object} containerd.task.v2.PidsResponse.$Properties
                 * @property {Array.<containerd.types.ProcessInfo.$Properties>|null} [processes] PidsResponse processes
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PidsResponse.
                 * @memberof containerd.task.v2
                 * @interface IPidsResponse
                 * @augments containerd.task.v2.PidsResponse.$Properties
                 * @deprecated Use containerd.task.v2.PidsResponse.$Properties instead.
                 */

                /**
                 * Shape of a PidsResponse.
                 * @typedef {containerd.task.v2.PidsResponse.$Properties} containerd.task.v2.PidsResponse.$Shape
                 */

                /**
                 * Constructs a new PidsResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a PidsResponse.
                 * @constructor
                 * @param {containerd.task.v2.PidsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PidsResponse = function (properties) {
                    this.processes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PidsResponse processes.
                 * @member {Array.<containerd.types.ProcessInfo.$Properties>} processes
                 * @memberof containerd.task.v2.PidsResponse
                 * @instance
                 */
                PidsResponse.prototype.processes = $util.emptyArray;

                /**
                 * Creates a new PidsResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {containerd.task.v2.PidsResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.PidsResponse} PidsResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.PidsResponse.$Shape): containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape;
                 *   (properties?: containerd.task.v2.PidsResponse.$Properties): containerd.task.v2.PidsResponse;
                 * }}
                 */
                PidsResponse.create = function(properties) {
                    return new PidsResponse(properties);
                };

                /**
                 * Encodes the specified PidsResponse message. Does not implicitly {@link containerd.task.v2.PidsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {containerd.task.v2.PidsResponse.$Properties} message PidsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PidsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.processes != null && message.processes.length)
                        for (let i = 0; i < message.processes.length; ++i)
                            $root.containerd.types.ProcessInfo.encode(message.processes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PidsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape} PidsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PidsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.PidsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.processes && message.processes.length))
                                    message.processes = [];
                                message.processes.push($root.containerd.types.ProcessInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PidsResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.PidsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PidsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.PidsResponse";
                };

                return PidsResponse;
            })();

            v2.CheckpointTaskRequest = (function() {

                /**
                 * Properties of a CheckpointTaskRequest.
                 * @typedef {Object} containerd.task.v2.CheckpointTaskRequest.$Properties
                 * @property {string|null} [id] CheckpointTaskRequest id
                 * @property {string|null} [path] CheckpointTaskRequest path
                 * @property {google.protobuf.Any.$Properties|null} [options] CheckpointTaskRequest options
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CheckpointTaskRequest.
                 * @memberof containerd.task.v2
                 * @interface ICheckpointTaskRequest
                 * @augments containerd.task.v2.CheckpointTaskRequest.$Properties
                 * @deprecated Use containerd.task.v2.CheckpointTaskRequest.$Properties instead.
                 */

                /**
                 * Shape of a CheckpointTaskRequest.
                 * @typedef {containerd.task.v2.CheckpointTaskRequest.$Properties} containerd.task.v2.CheckpointTaskRequest.$Shape
                 */

                /**
                 * Constructs a new CheckpointTaskRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a CheckpointTaskRequest.
                 * @constructor
                 * @param {containerd.task.v2.CheckpointTaskRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CheckpointTaskRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CheckpointTaskRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @instance
                 */
                CheckpointTaskRequest.prototype.id = "";

                /**
                 * CheckpointTaskRequest path.
                 * @member {string} path
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @instance
                 */
                CheckpointTaskRequest.prototype.path = "";

                /**
                 * CheckpointTaskRequest options.
                 * @member {google.protobuf.Any.$Properties|null|undefined} options
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @instance
                 */
                CheckpointTaskRequest.prototype.options = null;

                /**
                 * Creates a new CheckpointTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {containerd.task.v2.CheckpointTaskRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.CheckpointTaskRequest} CheckpointTaskRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.CheckpointTaskRequest.$Shape): containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape;
                 *   (properties?: containerd.task.v2.CheckpointTaskRequest.$Properties): containerd.task.v2.CheckpointTaskRequest;
                 * }}
                 */
                CheckpointTaskRequest.create = function(properties) {
                    return new CheckpointTaskRequest(properties);
                };

                /**
                 * Encodes the specified CheckpointTaskRequest message. Does not implicitly {@link containerd.task.v2.CheckpointTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {containerd.task.v2.CheckpointTaskRequest.$Properties} message CheckpointTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CheckpointTaskRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                    if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                        $root.google.protobuf.Any.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CheckpointTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape} CheckpointTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CheckpointTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.CheckpointTaskRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.path = value;
                                else
                                    delete message.path;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.options = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.options);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for CheckpointTaskRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.CheckpointTaskRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                CheckpointTaskRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.CheckpointTaskRequest";
                };

                return CheckpointTaskRequest;
            })();

            v2.UpdateTaskRequest = (function() {

                /**
                 * Properties of an UpdateTaskRequest.
                 * @typedef {Object} containerd.task.v2.UpdateTaskRequest.$Properties
                 * @property {string|null} [id] UpdateTaskRequest id
                 * @property {google.protobuf.Any.$Properties|null} [resources] UpdateTaskRequest resources
                 * @property {Object.<string,string>|null} [annotations] UpdateTaskRequest annotations
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an UpdateTaskRequest.
                 * @memberof containerd.task.v2
                 * @interface IUpdateTaskRequest
                 * @augments containerd.task.v2.UpdateTaskRequest.$Properties
                 * @deprecated Use containerd.task.v2.UpdateTaskRequest.$Properties instead.
                 */

                /**
                 * Shape of an UpdateTaskRequest.
                 * @typedef {containerd.task.v2.UpdateTaskRequest.$Properties} containerd.task.v2.UpdateTaskRequest.$Shape
                 */

                /**
                 * Constructs a new UpdateTaskRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents an UpdateTaskRequest.
                 * @constructor
                 * @param {containerd.task.v2.UpdateTaskRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UpdateTaskRequest = function (properties) {
                    this.annotations = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UpdateTaskRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.id = "";

                /**
                 * UpdateTaskRequest resources.
                 * @member {google.protobuf.Any.$Properties|null|undefined} resources
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.resources = null;

                /**
                 * UpdateTaskRequest annotations.
                 * @member {Object.<string,string>} annotations
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @instance
                 */
                UpdateTaskRequest.prototype.annotations = $util.emptyObject;

                /**
                 * Creates a new UpdateTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {containerd.task.v2.UpdateTaskRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.UpdateTaskRequest} UpdateTaskRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.UpdateTaskRequest.$Shape): containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape;
                 *   (properties?: containerd.task.v2.UpdateTaskRequest.$Properties): containerd.task.v2.UpdateTaskRequest;
                 * }}
                 */
                UpdateTaskRequest.create = function(properties) {
                    return new UpdateTaskRequest(properties);
                };

                /**
                 * Encodes the specified UpdateTaskRequest message. Does not implicitly {@link containerd.task.v2.UpdateTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {containerd.task.v2.UpdateTaskRequest.$Properties} message UpdateTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UpdateTaskRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                        $root.google.protobuf.Any.encode(message.resources, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                        for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.annotations[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an UpdateTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape} UpdateTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UpdateTaskRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, key, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.UpdateTaskRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.resources = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (message.annotations === $util.emptyObject)
                                    message.annotations = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = "";
                                while (reader.pos < end2) {
                                    let tag2 = reader.tag();
                                    wireType = tag2 & 7;
                                    switch (tag2 >>>= 3) {
                                    case 1:
                                        if (wireType !== 2)
                                            break;
                                        key = reader.stringVerify();
                                        continue;
                                    case 2:
                                        if (wireType !== 2)
                                            break;
                                        value = reader.stringVerify();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.annotations, key);
                                message.annotations[key] = value;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for UpdateTaskRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.UpdateTaskRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                UpdateTaskRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.UpdateTaskRequest";
                };

                return UpdateTaskRequest;
            })();

            v2.StartRequest = (function() {

                /**
                 * Properties of a StartRequest.
                 * @typedef {Object} containerd.task.v2.StartRequest.$Properties
                 * @property {string|null} [id] StartRequest id
                 * @property {string|null} [execId] StartRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StartRequest.
                 * @memberof containerd.task.v2
                 * @interface IStartRequest
                 * @augments containerd.task.v2.StartRequest.$Properties
                 * @deprecated Use containerd.task.v2.StartRequest.$Properties instead.
                 */

                /**
                 * Shape of a StartRequest.
                 * @typedef {containerd.task.v2.StartRequest.$Properties} containerd.task.v2.StartRequest.$Shape
                 */

                /**
                 * Constructs a new StartRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StartRequest.
                 * @constructor
                 * @param {containerd.task.v2.StartRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StartRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StartRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StartRequest
                 * @instance
                 */
                StartRequest.prototype.id = "";

                /**
                 * StartRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.StartRequest
                 * @instance
                 */
                StartRequest.prototype.execId = "";

                /**
                 * Creates a new StartRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {containerd.task.v2.StartRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.StartRequest} StartRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.StartRequest.$Shape): containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape;
                 *   (properties?: containerd.task.v2.StartRequest.$Properties): containerd.task.v2.StartRequest;
                 * }}
                 */
                StartRequest.create = function(properties) {
                    return new StartRequest(properties);
                };

                /**
                 * Encodes the specified StartRequest message. Does not implicitly {@link containerd.task.v2.StartRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {containerd.task.v2.StartRequest.$Properties} message StartRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StartRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape} StartRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.StartRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StartRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StartRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StartRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.StartRequest";
                };

                return StartRequest;
            })();

            v2.StartResponse = (function() {

                /**
                 * Properties of a StartResponse.
                 * @typedef {Object} containerd.task.v2.StartResponse.$Properties
                 * @property {number|null} [pid] StartResponse pid
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StartResponse.
                 * @memberof containerd.task.v2
                 * @interface IStartResponse
                 * @augments containerd.task.v2.StartResponse.$Properties
                 * @deprecated Use containerd.task.v2.StartResponse.$Properties instead.
                 */

                /**
                 * Shape of a StartResponse.
                 * @typedef {containerd.task.v2.StartResponse.$Properties} containerd.task.v2.StartResponse.$Shape
                 */

                /**
                 * Constructs a new StartResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StartResponse.
                 * @constructor
                 * @param {containerd.task.v2.StartResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StartResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StartResponse pid.
                 * @member {number} pid
                 * @memberof containerd.task.v2.StartResponse
                 * @instance
                 */
                StartResponse.prototype.pid = 0;

                /**
                 * Creates a new StartResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {containerd.task.v2.StartResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.StartResponse} StartResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.StartResponse.$Shape): containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape;
                 *   (properties?: containerd.task.v2.StartResponse.$Properties): containerd.task.v2.StartResponse;
                 * }}
                 */
                StartResponse.create = function(properties) {
                    return new StartResponse(properties);
                };

                /**
                 * Encodes the specified StartResponse message. Does not implicitly {@link containerd.task.v2.StartResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {containerd.task.v2.StartResponse.$Properties} message StartResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StartResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape} StartResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.StartResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.pid = value;
                                else
                                    delete message.pid;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StartResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StartResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StartResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.StartResponse";
                };

                return StartResponse;
            })();

            v2.WaitRequest = (function() {

                /**
                 * Properties of a WaitRequest.
                 * @typedef {Object} containerd.task.v2.WaitRequest.$Properties
                 * @property {string|null} [id] WaitRequest id
                 * @property {string|null} [execId] WaitRequest execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WaitRequest.
                 * @memberof containerd.task.v2
                 * @interface IWaitRequest
                 * @augments containerd.task.v2.WaitRequest.$Properties
                 * @deprecated Use containerd.task.v2.WaitRequest.$Properties instead.
                 */

                /**
                 * Shape of a WaitRequest.
                 * @typedef {containerd.task.v2.WaitRequest.$Properties} containerd.task.v2.WaitRequest.$Shape
                 */

                /**
                 * Constructs a new WaitRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a WaitRequest.
                 * @constructor
                 * @param {containerd.task.v2.WaitRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WaitRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WaitRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.id = "";

                /**
                 * WaitRequest execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.WaitRequest
                 * @instance
                 */
                WaitRequest.prototype.execId = "";

                /**
                 * Creates a new WaitRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {containerd.task.v2.WaitRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.WaitRequest} WaitRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.WaitRequest.$Shape): containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape;
                 *   (properties?: containerd.task.v2.WaitRequest.$Properties): containerd.task.v2.WaitRequest;
                 * }}
                 */
                WaitRequest.create = function(properties) {
                    return new WaitRequest(properties);
                };

                /**
                 * Encodes the specified WaitRequest message. Does not implicitly {@link containerd.task.v2.WaitRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {containerd.task.v2.WaitRequest.$Properties} message WaitRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WaitRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape} WaitRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.WaitRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WaitRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.WaitRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WaitRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.WaitRequest";
                };

                return WaitRequest;
            })();

            v2.WaitResponse = (function() {

                /**
                 * Properties of a WaitResponse.
                 * @typedef {Object} containerd.task.v2.WaitResponse.$Properties
                 * @property {number|null} [exitStatus] WaitResponse exitStatus
                 * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] WaitResponse exitedAt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WaitResponse.
                 * @memberof containerd.task.v2
                 * @interface IWaitResponse
                 * @augments containerd.task.v2.WaitResponse.$Properties
                 * @deprecated Use containerd.task.v2.WaitResponse.$Properties instead.
                 */

                /**
                 * Shape of a WaitResponse.
                 * @typedef {containerd.task.v2.WaitResponse.$Properties} containerd.task.v2.WaitResponse.$Shape
                 */

                /**
                 * Constructs a new WaitResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a WaitResponse.
                 * @constructor
                 * @param {containerd.task.v2.WaitResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WaitResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WaitResponse exitStatus.
                 * @member {number} exitStatus
                 * @memberof containerd.task.v2.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitStatus = 0;

                /**
                 * WaitResponse exitedAt.
                 * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
                 * @memberof containerd.task.v2.WaitResponse
                 * @instance
                 */
                WaitResponse.prototype.exitedAt = null;

                /**
                 * Creates a new WaitResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {containerd.task.v2.WaitResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.WaitResponse} WaitResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.WaitResponse.$Shape): containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape;
                 *   (properties?: containerd.task.v2.WaitResponse.$Properties): containerd.task.v2.WaitResponse;
                 * }}
                 */
                WaitResponse.create = function(properties) {
                    return new WaitResponse(properties);
                };

                /**
                 * Encodes the specified WaitResponse message. Does not implicitly {@link containerd.task.v2.WaitResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {containerd.task.v2.WaitResponse.$Properties} message WaitResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WaitResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.exitStatus);
                    if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                        $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WaitResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape} WaitResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WaitResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.WaitResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.exitStatus = value;
                                else
                                    delete message.exitStatus;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WaitResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.WaitResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WaitResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.WaitResponse";
                };

                return WaitResponse;
            })();

            v2.StatsRequest = (function() {

                /**
                 * Properties of a StatsRequest.
                 * @typedef {Object} containerd.task.v2.StatsRequest.$Properties
                 * @property {string|null} [id] StatsRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatsRequest.
                 * @memberof containerd.task.v2
                 * @interface IStatsRequest
                 * @augments containerd.task.v2.StatsRequest.$Properties
                 * @deprecated Use containerd.task.v2.StatsRequest.$Properties instead.
                 */

                /**
                 * Shape of a StatsRequest.
                 * @typedef {containerd.task.v2.StatsRequest.$Properties} containerd.task.v2.StatsRequest.$Shape
                 */

                /**
                 * Constructs a new StatsRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StatsRequest.
                 * @constructor
                 * @param {containerd.task.v2.StatsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatsRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.StatsRequest
                 * @instance
                 */
                StatsRequest.prototype.id = "";

                /**
                 * Creates a new StatsRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {containerd.task.v2.StatsRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.StatsRequest} StatsRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.StatsRequest.$Shape): containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape;
                 *   (properties?: containerd.task.v2.StatsRequest.$Properties): containerd.task.v2.StatsRequest;
                 * }}
                 */
                StatsRequest.create = function(properties) {
                    return new StatsRequest(properties);
                };

                /**
                 * Encodes the specified StatsRequest message. Does not implicitly {@link containerd.task.v2.StatsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {containerd.task.v2.StatsRequest.$Properties} message StatsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StatsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape} StatsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.StatsRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StatsRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StatsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.StatsRequest";
                };

                return StatsRequest;
            })();

            v2.StatsResponse = (function() {

                /**
                 * Properties of a StatsResponse.
                 * @typedef {Object} containerd.task.v2.StatsResponse.$Properties
                 * @property {google.protobuf.Any.$Properties|null} [stats] StatsResponse stats
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StatsResponse.
                 * @memberof containerd.task.v2
                 * @interface IStatsResponse
                 * @augments containerd.task.v2.StatsResponse.$Properties
                 * @deprecated Use containerd.task.v2.StatsResponse.$Properties instead.
                 */

                /**
                 * Shape of a StatsResponse.
                 * @typedef {containerd.task.v2.StatsResponse.$Properties} containerd.task.v2.StatsResponse.$Shape
                 */

                /**
                 * Constructs a new StatsResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a StatsResponse.
                 * @constructor
                 * @param {containerd.task.v2.StatsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StatsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StatsResponse stats.
                 * @member {google.protobuf.Any.$Properties|null|undefined} stats
                 * @memberof containerd.task.v2.StatsResponse
                 * @instance
                 */
                StatsResponse.prototype.stats = null;

                /**
                 * Creates a new StatsResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {containerd.task.v2.StatsResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.StatsResponse} StatsResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.StatsResponse.$Shape): containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape;
                 *   (properties?: containerd.task.v2.StatsResponse.$Properties): containerd.task.v2.StatsResponse;
                 * }}
                 */
                StatsResponse.create = function(properties) {
                    return new StatsResponse(properties);
                };

                /**
                 * Encodes the specified StatsResponse message. Does not implicitly {@link containerd.task.v2.StatsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {containerd.task.v2.StatsResponse.$Properties} message StatsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StatsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                        $root.google.protobuf.Any.encode(message.stats, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StatsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape} StatsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StatsResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.StatsResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                message.stats = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for StatsResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.StatsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StatsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.StatsResponse";
                };

                return StatsResponse;
            })();

            v2.ConnectRequest = (function() {

                /**
                 * Properties of a ConnectRequest.
                 * @typedef {Object} containerd.task.v2.ConnectRequest.$Properties
                 * @property {string|null} [id] ConnectRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConnectRequest.
                 * @memberof containerd.task.v2
                 * @interface IConnectRequest
                 * @augments containerd.task.v2.ConnectRequest.$Properties
                 * @deprecated Use containerd.task.v2.ConnectRequest.$Properties instead.
                 */

                /**
                 * Shape of a ConnectRequest.
                 * @typedef {containerd.task.v2.ConnectRequest.$Properties} containerd.task.v2.ConnectRequest.$Shape
                 */

                /**
                 * Constructs a new ConnectRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ConnectRequest.
                 * @constructor
                 * @param {containerd.task.v2.ConnectRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConnectRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConnectRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ConnectRequest
                 * @instance
                 */
                ConnectRequest.prototype.id = "";

                /**
                 * Creates a new ConnectRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {containerd.task.v2.ConnectRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.ConnectRequest} ConnectRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.ConnectRequest.$Shape): containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape;
                 *   (properties?: containerd.task.v2.ConnectRequest.$Properties): containerd.task.v2.ConnectRequest;
                 * }}
                 */
                ConnectRequest.create = function(properties) {
                    return new ConnectRequest(properties);
                };

                /**
                 * Encodes the specified ConnectRequest message. Does not implicitly {@link containerd.task.v2.ConnectRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {containerd.task.v2.ConnectRequest.$Properties} message ConnectRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConnectRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape} ConnectRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.ConnectRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConnectRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ConnectRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConnectRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.ConnectRequest";
                };

                return ConnectRequest;
            })();

            v2.ConnectResponse = (function() {

                /**
                 * Properties of a ConnectResponse.
                 * @typedef {Object} containerd.task.v2.ConnectResponse.$Properties
                 * @property {number|null} [shimPid] ConnectResponse shimPid
                 * @property {number|null} [taskPid] ConnectResponse taskPid
                 * @property {string|null} [version] ConnectResponse version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConnectResponse.
                 * @memberof containerd.task.v2
                 * @interface IConnectResponse
                 * @augments containerd.task.v2.ConnectResponse.$Properties
                 * @deprecated Use containerd.task.v2.ConnectResponse.$Properties instead.
                 */

                /**
                 * Shape of a ConnectResponse.
                 * @typedef {containerd.task.v2.ConnectResponse.$Properties} containerd.task.v2.ConnectResponse.$Shape
                 */

                /**
                 * Constructs a new ConnectResponse.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ConnectResponse.
                 * @constructor
                 * @param {containerd.task.v2.ConnectResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConnectResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConnectResponse shimPid.
                 * @member {number} shimPid
                 * @memberof containerd.task.v2.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.shimPid = 0;

                /**
                 * ConnectResponse taskPid.
                 * @member {number} taskPid
                 * @memberof containerd.task.v2.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.taskPid = 0;

                /**
                 * ConnectResponse version.
                 * @member {string} version
                 * @memberof containerd.task.v2.ConnectResponse
                 * @instance
                 */
                ConnectResponse.prototype.version = "";

                /**
                 * Creates a new ConnectResponse instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {containerd.task.v2.ConnectResponse.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.ConnectResponse} ConnectResponse instance
                 * @type {{
                 *   (properties: containerd.task.v2.ConnectResponse.$Shape): containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape;
                 *   (properties?: containerd.task.v2.ConnectResponse.$Properties): containerd.task.v2.ConnectResponse;
                 * }}
                 */
                ConnectResponse.create = function(properties) {
                    return new ConnectResponse(properties);
                };

                /**
                 * Encodes the specified ConnectResponse message. Does not implicitly {@link containerd.task.v2.ConnectResponse.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {containerd.task.v2.ConnectResponse.$Properties} message ConnectResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConnectResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shimPid != null && $Object.hasOwnProperty.call(message, "shimPid") && message.shimPid !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shimPid);
                    if (message.taskPid != null && $Object.hasOwnProperty.call(message, "taskPid") && message.taskPid !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.taskPid);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ConnectResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape} ConnectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConnectResponse.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.ConnectResponse();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shimPid = value;
                                else
                                    delete message.shimPid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.taskPid = value;
                                else
                                    delete message.taskPid;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ConnectResponse
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ConnectResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConnectResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.ConnectResponse";
                };

                return ConnectResponse;
            })();

            v2.ShutdownRequest = (function() {

                /**
                 * Properties of a ShutdownRequest.
                 * @typedef {Object} containerd.task.v2.ShutdownRequest.$Properties
                 * @property {string|null} [id] ShutdownRequest id
                 * @property {boolean|null} [now] ShutdownRequest now
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShutdownRequest.
                 * @memberof containerd.task.v2
                 * @interface IShutdownRequest
                 * @augments containerd.task.v2.ShutdownRequest.$Properties
                 * @deprecated Use containerd.task.v2.ShutdownRequest.$Properties instead.
                 */

                /**
                 * Shape of a ShutdownRequest.
                 * @typedef {containerd.task.v2.ShutdownRequest.$Properties} containerd.task.v2.ShutdownRequest.$Shape
                 */

                /**
                 * Constructs a new ShutdownRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ShutdownRequest.
                 * @constructor
                 * @param {containerd.task.v2.ShutdownRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ShutdownRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ShutdownRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @instance
                 */
                ShutdownRequest.prototype.id = "";

                /**
                 * ShutdownRequest now.
                 * @member {boolean} now
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @instance
                 */
                ShutdownRequest.prototype.now = false;

                /**
                 * Creates a new ShutdownRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {containerd.task.v2.ShutdownRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.ShutdownRequest} ShutdownRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.ShutdownRequest.$Shape): containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape;
                 *   (properties?: containerd.task.v2.ShutdownRequest.$Properties): containerd.task.v2.ShutdownRequest;
                 * }}
                 */
                ShutdownRequest.create = function(properties) {
                    return new ShutdownRequest(properties);
                };

                /**
                 * Encodes the specified ShutdownRequest message. Does not implicitly {@link containerd.task.v2.ShutdownRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {containerd.task.v2.ShutdownRequest.$Properties} message ShutdownRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShutdownRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.now != null && $Object.hasOwnProperty.call(message, "now") && message.now !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.now);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ShutdownRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape} ShutdownRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShutdownRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.ShutdownRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.now = value;
                                else
                                    delete message.now;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ShutdownRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ShutdownRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ShutdownRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.ShutdownRequest";
                };

                return ShutdownRequest;
            })();

            v2.PauseRequest = (function() {

                /**
                 * Properties of a PauseRequest.
                 * @typedef {Object} containerd.task.v2.PauseRequest.$Properties
                 * @property {string|null} [id] PauseRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PauseRequest.
                 * @memberof containerd.task.v2
                 * @interface IPauseRequest
                 * @augments containerd.task.v2.PauseRequest.$Properties
                 * @deprecated Use containerd.task.v2.PauseRequest.$Properties instead.
                 */

                /**
                 * Shape of a PauseRequest.
                 * @typedef {containerd.task.v2.PauseRequest.$Properties} containerd.task.v2.PauseRequest.$Shape
                 */

                /**
                 * Constructs a new PauseRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a PauseRequest.
                 * @constructor
                 * @param {containerd.task.v2.PauseRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PauseRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PauseRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.PauseRequest
                 * @instance
                 */
                PauseRequest.prototype.id = "";

                /**
                 * Creates a new PauseRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {containerd.task.v2.PauseRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.PauseRequest} PauseRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.PauseRequest.$Shape): containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape;
                 *   (properties?: containerd.task.v2.PauseRequest.$Properties): containerd.task.v2.PauseRequest;
                 * }}
                 */
                PauseRequest.create = function(properties) {
                    return new PauseRequest(properties);
                };

                /**
                 * Encodes the specified PauseRequest message. Does not implicitly {@link containerd.task.v2.PauseRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {containerd.task.v2.PauseRequest.$Properties} message PauseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PauseRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PauseRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape} PauseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PauseRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.PauseRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PauseRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.PauseRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PauseRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.PauseRequest";
                };

                return PauseRequest;
            })();

            v2.ResumeRequest = (function() {

                /**
                 * Properties of a ResumeRequest.
                 * @typedef {Object} containerd.task.v2.ResumeRequest.$Properties
                 * @property {string|null} [id] ResumeRequest id
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ResumeRequest.
                 * @memberof containerd.task.v2
                 * @interface IResumeRequest
                 * @augments containerd.task.v2.ResumeRequest.$Properties
                 * @deprecated Use containerd.task.v2.ResumeRequest.$Properties instead.
                 */

                /**
                 * Shape of a ResumeRequest.
                 * @typedef {containerd.task.v2.ResumeRequest.$Properties} containerd.task.v2.ResumeRequest.$Shape
                 */

                /**
                 * Constructs a new ResumeRequest.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ResumeRequest.
                 * @constructor
                 * @param {containerd.task.v2.ResumeRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ResumeRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ResumeRequest id.
                 * @member {string} id
                 * @memberof containerd.task.v2.ResumeRequest
                 * @instance
                 */
                ResumeRequest.prototype.id = "";

                /**
                 * Creates a new ResumeRequest instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {containerd.task.v2.ResumeRequest.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.ResumeRequest} ResumeRequest instance
                 * @type {{
                 *   (properties: containerd.task.v2.ResumeRequest.$Shape): containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape;
                 *   (properties?: containerd.task.v2.ResumeRequest.$Properties): containerd.task.v2.ResumeRequest;
                 * }}
                 */
                ResumeRequest.create = function(properties) {
                    return new ResumeRequest(properties);
                };

                /**
                 * Encodes the specified ResumeRequest message. Does not implicitly {@link containerd.task.v2.ResumeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {containerd.task.v2.ResumeRequest.$Properties} message ResumeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResumeRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ResumeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape} ResumeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResumeRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.ResumeRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ResumeRequest
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ResumeRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ResumeRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.ResumeRequest";
                };

                return ResumeRequest;
            })();

            v2.ProcessDetails = (function() {

                /**
                 * Properties of a ProcessDetails.
                 * @typedef {Object} containerd.task.v2.ProcessDetails.$Properties
                 * @property {string|null} [execId] ProcessDetails execId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProcessDetails.
                 * @memberof containerd.task.v2
                 * @interface IProcessDetails
                 * @augments containerd.task.v2.ProcessDetails.$Properties
                 * @deprecated Use containerd.task.v2.ProcessDetails.$Properties instead.
                 */

                /**
                 * Shape of a ProcessDetails.
                 * @typedef {containerd.task.v2.ProcessDetails.$Properties} containerd.task.v2.ProcessDetails.$Shape
                 */

                /**
                 * Constructs a new ProcessDetails.
                 * @memberof containerd.task.v2
                 * @classdesc Represents a ProcessDetails.
                 * @constructor
                 * @param {containerd.task.v2.ProcessDetails.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProcessDetails = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProcessDetails execId.
                 * @member {string} execId
                 * @memberof containerd.task.v2.ProcessDetails
                 * @instance
                 */
                ProcessDetails.prototype.execId = "";

                /**
                 * Creates a new ProcessDetails instance using the specified properties.
                 * @function create
                 * @memberof containerd.task.v2.ProcessDetails
                 * @static
                 * @param {containerd.task.v2.ProcessDetails.$Properties=} [properties] Properties to set
                 * @returns {containerd.task.v2.ProcessDetails} ProcessDetails instance
                 * @type {{
                 *   (properties: containerd.task.v2.ProcessDetails.$Shape): containerd.task.v2.ProcessDetails & containerd.task.v2.ProcessDetails.$Shape;
                 *   (properties?: containerd.task.v2.ProcessDetails.$Properties): containerd.task.v2.ProcessDetails;
                 * }}
                 */
                ProcessDetails.create = function(properties) {
                    return new ProcessDetails(properties);
                };

                /**
                 * Encodes the specified ProcessDetails message. Does not implicitly {@link containerd.task.v2.ProcessDetails.verify|verify} messages.
                 * @function encode
                 * @memberof containerd.task.v2.ProcessDetails
                 * @static
                 * @param {containerd.task.v2.ProcessDetails.$Properties} message ProcessDetails message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProcessDetails.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.execId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProcessDetails message from the specified reader or buffer.
                 * @function decode
                 * @memberof containerd.task.v2.ProcessDetails
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {containerd.task.v2.ProcessDetails & containerd.task.v2.ProcessDetails.$Shape} ProcessDetails
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProcessDetails.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.containerd.task.v2.ProcessDetails();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.execId = value;
                                else
                                    delete message.execId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ProcessDetails
                 * @function getTypeUrl
                 * @memberof containerd.task.v2.ProcessDetails
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ProcessDetails.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/containerd.task.v2.ProcessDetails";
                };

                return ProcessDetails;
            })();

            return v2;
        })();

        return task;
    })();

    containerd.events = (function() {

        /**
         * Namespace events.
         * @memberof containerd
         * @namespace
         */
        const events = {};

        events.TaskIO = (function() {

            /**
             * Properties of a TaskIO.
             * @typedef {Object} containerd.events.TaskIO.$Properties
             * @property {string|null} [stdin] TaskIO stdin
             * @property {string|null} [stdout] TaskIO stdout
             * @property {string|null} [stderr] TaskIO stderr
             * @property {boolean|null} [terminal] TaskIO terminal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskIO.
             * @memberof containerd.events
             * @interface ITaskIO
             * @augments containerd.events.TaskIO.$Properties
             * @deprecated Use containerd.events.TaskIO.$Properties instead.
             */

            /**
             * Shape of a TaskIO.
             * @typedef {containerd.events.TaskIO.$Properties} containerd.events.TaskIO.$Shape
             */

            /**
             * Constructs a new TaskIO.
             * @memberof containerd.events
             * @classdesc Represents a TaskIO.
             * @constructor
             * @param {containerd.events.TaskIO.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskIO = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskIO stdin.
             * @member {string} stdin
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.stdin = "";

            /**
             * TaskIO stdout.
             * @member {string} stdout
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.stdout = "";

            /**
             * TaskIO stderr.
             * @member {string} stderr
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.stderr = "";

            /**
             * TaskIO terminal.
             * @member {boolean} terminal
             * @memberof containerd.events.TaskIO
             * @instance
             */
            TaskIO.prototype.terminal = false;

            /**
             * Creates a new TaskIO instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskIO
             * @static
             * @param {containerd.events.TaskIO.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskIO} TaskIO instance
             * @type {{
             *   (properties: containerd.events.TaskIO.$Shape): containerd.events.TaskIO & containerd.events.TaskIO.$Shape;
             *   (properties?: containerd.events.TaskIO.$Properties): containerd.events.TaskIO;
             * }}
             */
            TaskIO.create = function(properties) {
                return new TaskIO(properties);
            };

            /**
             * Encodes the specified TaskIO message. Does not implicitly {@link containerd.events.TaskIO.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskIO
             * @static
             * @param {containerd.events.TaskIO.$Properties} message TaskIO message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskIO.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stdin != null && $Object.hasOwnProperty.call(message, "stdin") && message.stdin !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.stdin);
                if (message.stdout != null && $Object.hasOwnProperty.call(message, "stdout") && message.stdout !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.stdout);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && message.stderr !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.stderr);
                if (message.terminal != null && $Object.hasOwnProperty.call(message, "terminal") && message.terminal !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.terminal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskIO message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskIO
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskIO & containerd.events.TaskIO.$Shape} TaskIO
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskIO.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskIO();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stdin = value;
                            else
                                delete message.stdin;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stdout = value;
                            else
                                delete message.stdout;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.terminal = value;
                            else
                                delete message.terminal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskIO
             * @function getTypeUrl
             * @memberof containerd.events.TaskIO
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskIO.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskIO";
            };

            return TaskIO;
        })();

        events.TaskCreate = (function() {

            /**
             * Properties of a TaskCreate.
             * @typedef {Object} containerd.events.TaskCreate.$Properties
             * @property {string|null} [containerId] TaskCreate containerId
             * @property {string|null} [bundle] TaskCreate bundle
             * @property {Array.<containerd.types.Mount.$Properties>|null} [rootfs] TaskCreate rootfs
             * @property {containerd.events.TaskIO.$Properties|null} [io] TaskCreate io
             * @property {string|null} [checkpoint] TaskCreate checkpoint
             * @property {number|null} [pid] TaskCreate pid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskCreate.
             * @memberof containerd.events
             * @interface ITaskCreate
             * @augments containerd.events.TaskCreate.$Properties
             * @deprecated Use containerd.events.TaskCreate.$Properties instead.
             */

            /**
             * Shape of a TaskCreate.
             * @typedef {containerd.events.TaskCreate.$Properties} containerd.events.TaskCreate.$Shape
             */

            /**
             * Constructs a new TaskCreate.
             * @memberof containerd.events
             * @classdesc Represents a TaskCreate.
             * @constructor
             * @param {containerd.events.TaskCreate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskCreate = function (properties) {
                this.rootfs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskCreate containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.containerId = "";

            /**
             * TaskCreate bundle.
             * @member {string} bundle
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.bundle = "";

            /**
             * TaskCreate rootfs.
             * @member {Array.<containerd.types.Mount.$Properties>} rootfs
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.rootfs = $util.emptyArray;

            /**
             * TaskCreate io.
             * @member {containerd.events.TaskIO.$Properties|null|undefined} io
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.io = null;

            /**
             * TaskCreate checkpoint.
             * @member {string} checkpoint
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.checkpoint = "";

            /**
             * TaskCreate pid.
             * @member {number} pid
             * @memberof containerd.events.TaskCreate
             * @instance
             */
            TaskCreate.prototype.pid = 0;

            /**
             * Creates a new TaskCreate instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {containerd.events.TaskCreate.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskCreate} TaskCreate instance
             * @type {{
             *   (properties: containerd.events.TaskCreate.$Shape): containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape;
             *   (properties?: containerd.events.TaskCreate.$Properties): containerd.events.TaskCreate;
             * }}
             */
            TaskCreate.create = function(properties) {
                return new TaskCreate(properties);
            };

            /**
             * Encodes the specified TaskCreate message. Does not implicitly {@link containerd.events.TaskCreate.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {containerd.events.TaskCreate.$Properties} message TaskCreate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskCreate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.bundle != null && $Object.hasOwnProperty.call(message, "bundle") && message.bundle !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bundle);
                if (message.rootfs != null && message.rootfs.length)
                    for (let i = 0; i < message.rootfs.length; ++i)
                        $root.containerd.types.Mount.encode(message.rootfs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.io != null && $Object.hasOwnProperty.call(message, "io"))
                    $root.containerd.events.TaskIO.encode(message.io, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.checkpoint);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.pid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskCreate message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape} TaskCreate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskCreate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskCreate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bundle = value;
                            else
                                delete message.bundle;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rootfs && message.rootfs.length))
                                message.rootfs = [];
                            message.rootfs.push($root.containerd.types.Mount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.io = $root.containerd.events.TaskIO.decode(reader, reader.size(), $undefined, _depth + 1, message.io);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.checkpoint = value;
                            else
                                delete message.checkpoint;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskCreate
             * @function getTypeUrl
             * @memberof containerd.events.TaskCreate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskCreate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskCreate";
            };

            return TaskCreate;
        })();

        events.TaskStart = (function() {

            /**
             * Properties of a TaskStart.
             * @typedef {Object} containerd.events.TaskStart.$Properties
             * @property {string|null} [containerId] TaskStart containerId
             * @property {number|null} [pid] TaskStart pid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskStart.
             * @memberof containerd.events
             * @interface ITaskStart
             * @augments containerd.events.TaskStart.$Properties
             * @deprecated Use containerd.events.TaskStart.$Properties instead.
             */

            /**
             * Shape of a TaskStart.
             * @typedef {containerd.events.TaskStart.$Properties} containerd.events.TaskStart.$Shape
             */

            /**
             * Constructs a new TaskStart.
             * @memberof containerd.events
             * @classdesc Represents a TaskStart.
             * @constructor
             * @param {containerd.events.TaskStart.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskStart = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskStart containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskStart
             * @instance
             */
            TaskStart.prototype.containerId = "";

            /**
             * TaskStart pid.
             * @member {number} pid
             * @memberof containerd.events.TaskStart
             * @instance
             */
            TaskStart.prototype.pid = 0;

            /**
             * Creates a new TaskStart instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskStart
             * @static
             * @param {containerd.events.TaskStart.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskStart} TaskStart instance
             * @type {{
             *   (properties: containerd.events.TaskStart.$Shape): containerd.events.TaskStart & containerd.events.TaskStart.$Shape;
             *   (properties?: containerd.events.TaskStart.$Properties): containerd.events.TaskStart;
             * }}
             */
            TaskStart.create = function(properties) {
                return new TaskStart(properties);
            };

            /**
             * Encodes the specified TaskStart message. Does not implicitly {@link containerd.events.TaskStart.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskStart
             * @static
             * @param {containerd.events.TaskStart.$Properties} message TaskStart message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStart.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskStart message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskStart
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskStart & containerd.events.TaskStart.$Shape} TaskStart
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStart.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskStart();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskStart
             * @function getTypeUrl
             * @memberof containerd.events.TaskStart
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskStart.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskStart";
            };

            return TaskStart;
        })();

        events.TaskDelete = (function() {

            /**
             * Properties of a TaskDelete.
             * @typedef {Object} containerd.events.TaskDelete.$Properties
             * @property {string|null} [containerId] TaskDelete containerId
             * @property {number|null} [pid] TaskDelete pid
             * @property {number|null} [exitStatus] TaskDelete exitStatus
             * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] TaskDelete exitedAt
             * @property {string|null} [id] TaskDelete id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskDelete.
             * @memberof containerd.events
             * @interface ITaskDelete
             * @augments containerd.events.TaskDelete.$Properties
             * @deprecated Use containerd.events.TaskDelete.$Properties instead.
             */

            /**
             * Shape of a TaskDelete.
             * @typedef {containerd.events.TaskDelete.$Properties} containerd.events.TaskDelete.$Shape
             */

            /**
             * Constructs a new TaskDelete.
             * @memberof containerd.events
             * @classdesc Represents a TaskDelete.
             * @constructor
             * @param {containerd.events.TaskDelete.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskDelete = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskDelete containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.containerId = "";

            /**
             * TaskDelete pid.
             * @member {number} pid
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.pid = 0;

            /**
             * TaskDelete exitStatus.
             * @member {number} exitStatus
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.exitStatus = 0;

            /**
             * TaskDelete exitedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.exitedAt = null;

            /**
             * TaskDelete id.
             * @member {string} id
             * @memberof containerd.events.TaskDelete
             * @instance
             */
            TaskDelete.prototype.id = "";

            /**
             * Creates a new TaskDelete instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {containerd.events.TaskDelete.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskDelete} TaskDelete instance
             * @type {{
             *   (properties: containerd.events.TaskDelete.$Shape): containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape;
             *   (properties?: containerd.events.TaskDelete.$Properties): containerd.events.TaskDelete;
             * }}
             */
            TaskDelete.create = function(properties) {
                return new TaskDelete(properties);
            };

            /**
             * Encodes the specified TaskDelete message. Does not implicitly {@link containerd.events.TaskDelete.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {containerd.events.TaskDelete.$Properties} message TaskDelete message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskDelete.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.pid);
                if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.exitStatus);
                if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                    $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskDelete message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape} TaskDelete
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskDelete.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskDelete();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.exitStatus = value;
                            else
                                delete message.exitStatus;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskDelete
             * @function getTypeUrl
             * @memberof containerd.events.TaskDelete
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskDelete.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskDelete";
            };

            return TaskDelete;
        })();

        events.TaskExit = (function() {

            /**
             * Properties of a TaskExit.
             * @typedef {Object} containerd.events.TaskExit.$Properties
             * @property {string|null} [containerId] TaskExit containerId
             * @property {string|null} [id] TaskExit id
             * @property {number|null} [pid] TaskExit pid
             * @property {number|null} [exitStatus] TaskExit exitStatus
             * @property {google.protobuf.Timestamp.$Properties|null} [exitedAt] TaskExit exitedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskExit.
             * @memberof containerd.events
             * @interface ITaskExit
             * @augments containerd.events.TaskExit.$Properties
             * @deprecated Use containerd.events.TaskExit.$Properties instead.
             */

            /**
             * Shape of a TaskExit.
             * @typedef {containerd.events.TaskExit.$Properties} containerd.events.TaskExit.$Shape
             */

            /**
             * Constructs a new TaskExit.
             * @memberof containerd.events
             * @classdesc Represents a TaskExit.
             * @constructor
             * @param {containerd.events.TaskExit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskExit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskExit containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.containerId = "";

            /**
             * TaskExit id.
             * @member {string} id
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.id = "";

            /**
             * TaskExit pid.
             * @member {number} pid
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.pid = 0;

            /**
             * TaskExit exitStatus.
             * @member {number} exitStatus
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.exitStatus = 0;

            /**
             * TaskExit exitedAt.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} exitedAt
             * @memberof containerd.events.TaskExit
             * @instance
             */
            TaskExit.prototype.exitedAt = null;

            /**
             * Creates a new TaskExit instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskExit
             * @static
             * @param {containerd.events.TaskExit.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskExit} TaskExit instance
             * @type {{
             *   (properties: containerd.events.TaskExit.$Shape): containerd.events.TaskExit & containerd.events.TaskExit.$Shape;
             *   (properties?: containerd.events.TaskExit.$Properties): containerd.events.TaskExit;
             * }}
             */
            TaskExit.create = function(properties) {
                return new TaskExit(properties);
            };

            /**
             * Encodes the specified TaskExit message. Does not implicitly {@link containerd.events.TaskExit.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskExit
             * @static
             * @param {containerd.events.TaskExit.$Properties} message TaskExit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskExit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                if (message.exitStatus != null && $Object.hasOwnProperty.call(message, "exitStatus") && message.exitStatus !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.exitStatus);
                if (message.exitedAt != null && $Object.hasOwnProperty.call(message, "exitedAt"))
                    $root.google.protobuf.Timestamp.encode(message.exitedAt, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskExit message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskExit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskExit & containerd.events.TaskExit.$Shape} TaskExit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskExit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskExit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.exitStatus = value;
                            else
                                delete message.exitStatus;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.exitedAt = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.exitedAt);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskExit
             * @function getTypeUrl
             * @memberof containerd.events.TaskExit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskExit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskExit";
            };

            return TaskExit;
        })();

        events.TaskOOM = (function() {

            /**
             * Properties of a TaskOOM.
             * @typedef {Object} containerd.events.TaskOOM.$Properties
             * @property {string|null} [containerId] TaskOOM containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskOOM.
             * @memberof containerd.events
             * @interface ITaskOOM
             * @augments containerd.events.TaskOOM.$Properties
             * @deprecated Use containerd.events.TaskOOM.$Properties instead.
             */

            /**
             * Shape of a TaskOOM.
             * @typedef {containerd.events.TaskOOM.$Properties} containerd.events.TaskOOM.$Shape
             */

            /**
             * Constructs a new TaskOOM.
             * @memberof containerd.events
             * @classdesc Represents a TaskOOM.
             * @constructor
             * @param {containerd.events.TaskOOM.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskOOM = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskOOM containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskOOM
             * @instance
             */
            TaskOOM.prototype.containerId = "";

            /**
             * Creates a new TaskOOM instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {containerd.events.TaskOOM.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskOOM} TaskOOM instance
             * @type {{
             *   (properties: containerd.events.TaskOOM.$Shape): containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape;
             *   (properties?: containerd.events.TaskOOM.$Properties): containerd.events.TaskOOM;
             * }}
             */
            TaskOOM.create = function(properties) {
                return new TaskOOM(properties);
            };

            /**
             * Encodes the specified TaskOOM message. Does not implicitly {@link containerd.events.TaskOOM.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {containerd.events.TaskOOM.$Properties} message TaskOOM message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskOOM.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskOOM message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape} TaskOOM
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskOOM.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskOOM();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskOOM
             * @function getTypeUrl
             * @memberof containerd.events.TaskOOM
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskOOM.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskOOM";
            };

            return TaskOOM;
        })();

        events.TaskExecAdded = (function() {

            /**
             * Properties of a TaskExecAdded.
             * @typedef {Object} containerd.events.TaskExecAdded.$Properties
             * @property {string|null} [containerId] TaskExecAdded containerId
             * @property {string|null} [execId] TaskExecAdded execId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskExecAdded.
             * @memberof containerd.events
             * @interface ITaskExecAdded
             * @augments containerd.events.TaskExecAdded.$Properties
             * @deprecated Use containerd.events.TaskExecAdded.$Properties instead.
             */

            /**
             * Shape of a TaskExecAdded.
             * @typedef {containerd.events.TaskExecAdded.$Properties} containerd.events.TaskExecAdded.$Shape
             */

            /**
             * Constructs a new TaskExecAdded.
             * @memberof containerd.events
             * @classdesc Represents a TaskExecAdded.
             * @constructor
             * @param {containerd.events.TaskExecAdded.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskExecAdded = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskExecAdded containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskExecAdded
             * @instance
             */
            TaskExecAdded.prototype.containerId = "";

            /**
             * TaskExecAdded execId.
             * @member {string} execId
             * @memberof containerd.events.TaskExecAdded
             * @instance
             */
            TaskExecAdded.prototype.execId = "";

            /**
             * Creates a new TaskExecAdded instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {containerd.events.TaskExecAdded.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskExecAdded} TaskExecAdded instance
             * @type {{
             *   (properties: containerd.events.TaskExecAdded.$Shape): containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape;
             *   (properties?: containerd.events.TaskExecAdded.$Properties): containerd.events.TaskExecAdded;
             * }}
             */
            TaskExecAdded.create = function(properties) {
                return new TaskExecAdded(properties);
            };

            /**
             * Encodes the specified TaskExecAdded message. Does not implicitly {@link containerd.events.TaskExecAdded.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {containerd.events.TaskExecAdded.$Properties} message TaskExecAdded message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskExecAdded.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskExecAdded message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape} TaskExecAdded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskExecAdded.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskExecAdded();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.execId = value;
                            else
                                delete message.execId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskExecAdded
             * @function getTypeUrl
             * @memberof containerd.events.TaskExecAdded
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskExecAdded.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskExecAdded";
            };

            return TaskExecAdded;
        })();

        events.TaskExecStarted = (function() {

            /**
             * Properties of a TaskExecStarted.
             * @typedef {Object} containerd.events.TaskExecStarted.$Properties
             * @property {string|null} [containerId] TaskExecStarted containerId
             * @property {string|null} [execId] TaskExecStarted execId
             * @property {number|null} [pid] TaskExecStarted pid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskExecStarted.
             * @memberof containerd.events
             * @interface ITaskExecStarted
             * @augments containerd.events.TaskExecStarted.$Properties
             * @deprecated Use containerd.events.TaskExecStarted.$Properties instead.
             */

            /**
             * Shape of a TaskExecStarted.
             * @typedef {containerd.events.TaskExecStarted.$Properties} containerd.events.TaskExecStarted.$Shape
             */

            /**
             * Constructs a new TaskExecStarted.
             * @memberof containerd.events
             * @classdesc Represents a TaskExecStarted.
             * @constructor
             * @param {containerd.events.TaskExecStarted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskExecStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskExecStarted containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskExecStarted
             * @instance
             */
            TaskExecStarted.prototype.containerId = "";

            /**
             * TaskExecStarted execId.
             * @member {string} execId
             * @memberof containerd.events.TaskExecStarted
             * @instance
             */
            TaskExecStarted.prototype.execId = "";

            /**
             * TaskExecStarted pid.
             * @member {number} pid
             * @memberof containerd.events.TaskExecStarted
             * @instance
             */
            TaskExecStarted.prototype.pid = 0;

            /**
             * Creates a new TaskExecStarted instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {containerd.events.TaskExecStarted.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskExecStarted} TaskExecStarted instance
             * @type {{
             *   (properties: containerd.events.TaskExecStarted.$Shape): containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape;
             *   (properties?: containerd.events.TaskExecStarted.$Properties): containerd.events.TaskExecStarted;
             * }}
             */
            TaskExecStarted.create = function(properties) {
                return new TaskExecStarted(properties);
            };

            /**
             * Encodes the specified TaskExecStarted message. Does not implicitly {@link containerd.events.TaskExecStarted.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {containerd.events.TaskExecStarted.$Properties} message TaskExecStarted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskExecStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.execId != null && $Object.hasOwnProperty.call(message, "execId") && message.execId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.execId);
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskExecStarted message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape} TaskExecStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskExecStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskExecStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.execId = value;
                            else
                                delete message.execId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskExecStarted
             * @function getTypeUrl
             * @memberof containerd.events.TaskExecStarted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskExecStarted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskExecStarted";
            };

            return TaskExecStarted;
        })();

        events.TaskPaused = (function() {

            /**
             * Properties of a TaskPaused.
             * @typedef {Object} containerd.events.TaskPaused.$Properties
             * @property {string|null} [containerId] TaskPaused containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskPaused.
             * @memberof containerd.events
             * @interface ITaskPaused
             * @augments containerd.events.TaskPaused.$Properties
             * @deprecated Use containerd.events.TaskPaused.$Properties instead.
             */

            /**
             * Shape of a TaskPaused.
             * @typedef {containerd.events.TaskPaused.$Properties} containerd.events.TaskPaused.$Shape
             */

            /**
             * Constructs a new TaskPaused.
             * @memberof containerd.events
             * @classdesc Represents a TaskPaused.
             * @constructor
             * @param {containerd.events.TaskPaused.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskPaused = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskPaused containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskPaused
             * @instance
             */
            TaskPaused.prototype.containerId = "";

            /**
             * Creates a new TaskPaused instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {containerd.events.TaskPaused.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskPaused} TaskPaused instance
             * @type {{
             *   (properties: containerd.events.TaskPaused.$Shape): containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape;
             *   (properties?: containerd.events.TaskPaused.$Properties): containerd.events.TaskPaused;
             * }}
             */
            TaskPaused.create = function(properties) {
                return new TaskPaused(properties);
            };

            /**
             * Encodes the specified TaskPaused message. Does not implicitly {@link containerd.events.TaskPaused.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {containerd.events.TaskPaused.$Properties} message TaskPaused message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskPaused.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskPaused message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape} TaskPaused
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskPaused.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskPaused();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskPaused
             * @function getTypeUrl
             * @memberof containerd.events.TaskPaused
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskPaused.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskPaused";
            };

            return TaskPaused;
        })();

        events.TaskResumed = (function() {

            /**
             * Properties of a TaskResumed.
             * @typedef {Object} containerd.events.TaskResumed.$Properties
             * @property {string|null} [containerId] TaskResumed containerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskResumed.
             * @memberof containerd.events
             * @interface ITaskResumed
             * @augments containerd.events.TaskResumed.$Properties
             * @deprecated Use containerd.events.TaskResumed.$Properties instead.
             */

            /**
             * Shape of a TaskResumed.
             * @typedef {containerd.events.TaskResumed.$Properties} containerd.events.TaskResumed.$Shape
             */

            /**
             * Constructs a new TaskResumed.
             * @memberof containerd.events
             * @classdesc Represents a TaskResumed.
             * @constructor
             * @param {containerd.events.TaskResumed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskResumed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskResumed containerId.
             * @member {string} containerId
             * @memberof containerd.events.TaskResumed
             * @instance
             */
            TaskResumed.prototype.containerId = "";

            /**
             * Creates a new TaskResumed instance using the specified properties.
             * @function create
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {containerd.events.TaskResumed.$Properties=} [properties] Properties to set
             * @returns {containerd.events.TaskResumed} TaskResumed instance
             * @type {{
             *   (properties: containerd.events.TaskResumed.$Shape): containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape;
             *   (properties?: containerd.events.TaskResumed.$Properties): containerd.events.TaskResumed;
             * }}
             */
            TaskResumed.create = function(properties) {
                return new TaskResumed(properties);
            };

            /**
             * Encodes the specified TaskResumed message. Does not implicitly {@link containerd.events.TaskResumed.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {containerd.events.TaskResumed.$Properties} message TaskResumed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskResumed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.containerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskResumed message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape} TaskResumed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskResumed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.TaskResumed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskResumed
             * @function getTypeUrl
             * @memberof containerd.events.TaskResumed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskResumed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.TaskResumed";
            };

            return TaskResumed;
        })();

        events.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} containerd.events.Envelope.$Properties
             * @property {google.protobuf.Timestamp.$Properties|null} [timestamp] Envelope timestamp
             * @property {string|null} [namespace] Envelope namespace
             * @property {string|null} [topic] Envelope topic
             * @property {google.protobuf.Any.$Properties|null} [event] Envelope event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof containerd.events
             * @interface IEnvelope
             * @augments containerd.events.Envelope.$Properties
             * @deprecated Use containerd.events.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {containerd.events.Envelope.$Properties} containerd.events.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof containerd.events
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {containerd.events.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope timestamp.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} timestamp
             * @memberof containerd.events.Envelope
             * @instance
             */
            Envelope.prototype.timestamp = null;

            /**
             * Envelope namespace.
             * @member {string} namespace
             * @memberof containerd.events.Envelope
             * @instance
             */
            Envelope.prototype.namespace = "";

            /**
             * Envelope topic.
             * @member {string} topic
             * @memberof containerd.events.Envelope
             * @instance
             */
            Envelope.prototype.topic = "";

            /**
             * Envelope event.
             * @member {google.protobuf.Any.$Properties|null|undefined} event
             * @memberof containerd.events.Envelope
             * @instance
             */
            Envelope.prototype.event = null;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof containerd.events.Envelope
             * @static
             * @param {containerd.events.Envelope.$Properties=} [properties] Properties to set
             * @returns {containerd.events.Envelope} Envelope instance
             * @type {{
             *   (properties: containerd.events.Envelope.$Shape): containerd.events.Envelope & containerd.events.Envelope.$Shape;
             *   (properties?: containerd.events.Envelope.$Properties): containerd.events.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link containerd.events.Envelope.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.Envelope
             * @static
             * @param {containerd.events.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.topic);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.google.protobuf.Any.encode(message.event, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.Envelope & containerd.events.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.google.protobuf.Any.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof containerd.events.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.Envelope";
            };

            return Envelope;
        })();

        events.ForwardRequest = (function() {

            /**
             * Properties of a ForwardRequest.
             * @typedef {Object} containerd.events.ForwardRequest.$Properties
             * @property {containerd.events.Envelope.$Properties|null} [envelope] ForwardRequest envelope
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForwardRequest.
             * @memberof containerd.events
             * @interface IForwardRequest
             * @augments containerd.events.ForwardRequest.$Properties
             * @deprecated Use containerd.events.ForwardRequest.$Properties instead.
             */

            /**
             * Shape of a ForwardRequest.
             * @typedef {containerd.events.ForwardRequest.$Properties} containerd.events.ForwardRequest.$Shape
             */

            /**
             * Constructs a new ForwardRequest.
             * @memberof containerd.events
             * @classdesc Represents a ForwardRequest.
             * @constructor
             * @param {containerd.events.ForwardRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ForwardRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ForwardRequest envelope.
             * @member {containerd.events.Envelope.$Properties|null|undefined} envelope
             * @memberof containerd.events.ForwardRequest
             * @instance
             */
            ForwardRequest.prototype.envelope = null;

            /**
             * Creates a new ForwardRequest instance using the specified properties.
             * @function create
             * @memberof containerd.events.ForwardRequest
             * @static
             * @param {containerd.events.ForwardRequest.$Properties=} [properties] Properties to set
             * @returns {containerd.events.ForwardRequest} ForwardRequest instance
             * @type {{
             *   (properties: containerd.events.ForwardRequest.$Shape): containerd.events.ForwardRequest & containerd.events.ForwardRequest.$Shape;
             *   (properties?: containerd.events.ForwardRequest.$Properties): containerd.events.ForwardRequest;
             * }}
             */
            ForwardRequest.create = function(properties) {
                return new ForwardRequest(properties);
            };

            /**
             * Encodes the specified ForwardRequest message. Does not implicitly {@link containerd.events.ForwardRequest.verify|verify} messages.
             * @function encode
             * @memberof containerd.events.ForwardRequest
             * @static
             * @param {containerd.events.ForwardRequest.$Properties} message ForwardRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.envelope != null && $Object.hasOwnProperty.call(message, "envelope"))
                    $root.containerd.events.Envelope.encode(message.envelope, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ForwardRequest message from the specified reader or buffer.
             * @function decode
             * @memberof containerd.events.ForwardRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {containerd.events.ForwardRequest & containerd.events.ForwardRequest.$Shape} ForwardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.containerd.events.ForwardRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.envelope = $root.containerd.events.Envelope.decode(reader, reader.size(), $undefined, _depth + 1, message.envelope);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ForwardRequest
             * @function getTypeUrl
             * @memberof containerd.events.ForwardRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ForwardRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/containerd.events.ForwardRequest";
            };

            return ForwardRequest;
        })();

        return events;
    })();

    return containerd;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Any = (function() {

            /**
             * Properties of an Any.
             * @typedef {Object} google.protobuf.Any.$Properties
             * @property {string|null} [type_url] Any type_url
             * @property {Uint8Array|null} [value] Any value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Any.
             * @memberof google.protobuf
             * @interface IAny
             * @augments google.protobuf.Any.$Properties
             * @deprecated Use google.protobuf.Any.$Properties instead.
             */

            /**
             * Shape of an Any.
             * @typedef {google.protobuf.Any.$Properties} google.protobuf.Any.$Shape
             */

            /**
             * Constructs a new Any.
             * @memberof google.protobuf
             * @classdesc Represents an Any.
             * @constructor
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Any type_url.
             * @member {string} type_url
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.type_url = "";

            /**
             * Any value.
             * @member {Uint8Array} value
             * @memberof google.protobuf.Any
             * @instance
             */
            Any.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new Any instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Any} Any instance
             * @type {{
             *   (properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
             *   (properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
             * }}
             */
            Any.create = function(properties) {
                return new Any(properties);
            };

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.protobuf.Any.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Any
             * @static
             * @param {google.protobuf.Any.$Properties} message Any message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type_url != null && $Object.hasOwnProperty.call(message, "type_url") && message.type_url !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type_url);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Any
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Any & google.protobuf.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type_url = value;
                            else
                                delete message.type_url;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Any
             * @function getTypeUrl
             * @memberof google.protobuf.Any
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Any";
            };

            return Any;
        })();

        protobuf.Empty = (function() {

            /**
             * Properties of an Empty.
             * @typedef {Object} google.protobuf.Empty.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Empty.
             * @memberof google.protobuf
             * @interface IEmpty
             * @augments google.protobuf.Empty.$Properties
             * @deprecated Use google.protobuf.Empty.$Properties instead.
             */

            /**
             * Shape of an Empty.
             * @typedef {google.protobuf.Empty.$Properties} google.protobuf.Empty.$Shape
             */

            /**
             * Constructs a new Empty.
             * @memberof google.protobuf
             * @classdesc Represents an Empty.
             * @constructor
             * @param {google.protobuf.Empty.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Empty = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Empty instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.Empty.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Empty} Empty instance
             * @type {{
             *   (properties: google.protobuf.Empty.$Shape): google.protobuf.Empty & google.protobuf.Empty.$Shape;
             *   (properties?: google.protobuf.Empty.$Properties): google.protobuf.Empty;
             * }}
             */
            Empty.create = function(properties) {
                return new Empty(properties);
            };

            /**
             * Encodes the specified Empty message. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Empty
             * @static
             * @param {google.protobuf.Empty.$Properties} message Empty message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Empty.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Empty
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Empty & google.protobuf.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Empty.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Empty();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Empty
             * @function getTypeUrl
             * @memberof google.protobuf.Empty
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Empty.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Empty";
            };

            return Empty;
        })();

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export const io = $root.io = (() => {

    /**
     * Namespace io.
     * @exports io
     * @namespace
     */
    const io = {};

    io.containerd = (function() {

        /**
         * Namespace containerd.
         * @memberof io
         * @namespace
         */
        const containerd = {};

        containerd.cgroups = (function() {

            /**
             * Namespace cgroups.
             * @memberof io.containerd
             * @namespace
             */
            const cgroups = {};

            cgroups.v1 = (function() {

                /**
                 * Namespace v1.
                 * @memberof io.containerd.cgroups
                 * @namespace
                 */
                const v1 = {};

                v1.Metrics = (function() {

                    /**
                     * Properties of a Metrics.
                     * @typedef {Object} io.containerd.cgroups.v1.Metrics.$Properties
                     * @property {io.containerd.cgroups.v1.PidsStat.$Properties|null} [pids] Metrics pids
                     * @property {io.containerd.cgroups.v1.CPUStat.$Properties|null} [cpu] Metrics cpu
                     * @property {io.containerd.cgroups.v1.MemoryStat.$Properties|null} [memory] Metrics memory
                     * @property {io.containerd.cgroups.v1.MemoryOomControl.$Properties|null} [memoryOomControl] Metrics memoryOomControl
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Metrics.
                     * @memberof io.containerd.cgroups.v1
                     * @interface IMetrics
                     * @augments io.containerd.cgroups.v1.Metrics.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.Metrics.$Properties instead.
                     */

                    /**
                     * Shape of a Metrics.
                     * @typedef {io.containerd.cgroups.v1.Metrics.$Properties} io.containerd.cgroups.v1.Metrics.$Shape
                     */

                    /**
                     * Constructs a new Metrics.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a Metrics.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.Metrics.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Metrics = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Metrics pids.
                     * @member {io.containerd.cgroups.v1.PidsStat.$Properties|null|undefined} pids
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @instance
                     */
                    Metrics.prototype.pids = null;

                    /**
                     * Metrics cpu.
                     * @member {io.containerd.cgroups.v1.CPUStat.$Properties|null|undefined} cpu
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @instance
                     */
                    Metrics.prototype.cpu = null;

                    /**
                     * Metrics memory.
                     * @member {io.containerd.cgroups.v1.MemoryStat.$Properties|null|undefined} memory
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @instance
                     */
                    Metrics.prototype.memory = null;

                    /**
                     * Metrics memoryOomControl.
                     * @member {io.containerd.cgroups.v1.MemoryOomControl.$Properties|null|undefined} memoryOomControl
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @instance
                     */
                    Metrics.prototype.memoryOomControl = null;

                    /**
                     * Creates a new Metrics instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @static
                     * @param {io.containerd.cgroups.v1.Metrics.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.Metrics} Metrics instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.Metrics.$Shape): io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.Metrics.$Properties): io.containerd.cgroups.v1.Metrics;
                     * }}
                     */
                    Metrics.create = function(properties) {
                        return new Metrics(properties);
                    };

                    /**
                     * Encodes the specified Metrics message. Does not implicitly {@link io.containerd.cgroups.v1.Metrics.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @static
                     * @param {io.containerd.cgroups.v1.Metrics.$Properties} message Metrics message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Metrics.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.pids != null && $Object.hasOwnProperty.call(message, "pids"))
                            $root.io.containerd.cgroups.v1.PidsStat.encode(message.pids, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                            $root.io.containerd.cgroups.v1.CPUStat.encode(message.cpu, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                        if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                            $root.io.containerd.cgroups.v1.MemoryStat.encode(message.memory, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                        if (message.memoryOomControl != null && $Object.hasOwnProperty.call(message, "memoryOomControl"))
                            $root.io.containerd.cgroups.v1.MemoryOomControl.encode(message.memoryOomControl, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Metrics message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape} Metrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Metrics.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.Metrics();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.pids = $root.io.containerd.cgroups.v1.PidsStat.decode(reader, reader.size(), $undefined, _depth + 1, message.pids);
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    message.cpu = $root.io.containerd.cgroups.v1.CPUStat.decode(reader, reader.size(), $undefined, _depth + 1, message.cpu);
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.memory = $root.io.containerd.cgroups.v1.MemoryStat.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    message.memoryOomControl = $root.io.containerd.cgroups.v1.MemoryOomControl.decode(reader, reader.size(), $undefined, _depth + 1, message.memoryOomControl);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for Metrics
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.Metrics
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Metrics.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.Metrics";
                    };

                    return Metrics;
                })();

                v1.PidsStat = (function() {

                    /**
                     * Properties of a PidsStat.
                     * @typedef {Object} io.containerd.cgroups.v1.PidsStat.$Properties
                     * @property {number|null} [current] PidsStat current
                     * @property {number|null} [limit] PidsStat limit
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a PidsStat.
                     * @memberof io.containerd.cgroups.v1
                     * @interface IPidsStat
                     * @augments io.containerd.cgroups.v1.PidsStat.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.PidsStat.$Properties instead.
                     */

                    /**
                     * Shape of a PidsStat.
                     * @typedef {io.containerd.cgroups.v1.PidsStat.$Properties} io.containerd.cgroups.v1.PidsStat.$Shape
                     */

                    /**
                     * Constructs a new PidsStat.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a PidsStat.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.PidsStat.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const PidsStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * PidsStat current.
                     * @member {number} current
                     * @memberof io.containerd.cgroups.v1.PidsStat
                     * @instance
                     */
                    PidsStat.prototype.current = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * PidsStat limit.
                     * @member {number} limit
                     * @memberof io.containerd.cgroups.v1.PidsStat
                     * @instance
                     */
                    PidsStat.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new PidsStat instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.PidsStat
                     * @static
                     * @param {io.containerd.cgroups.v1.PidsStat.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.PidsStat} PidsStat instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.PidsStat.$Shape): io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.PidsStat.$Properties): io.containerd.cgroups.v1.PidsStat;
                     * }}
                     */
                    PidsStat.create = function(properties) {
                        return new PidsStat(properties);
                    };

                    /**
                     * Encodes the specified PidsStat message. Does not implicitly {@link io.containerd.cgroups.v1.PidsStat.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.PidsStat
                     * @static
                     * @param {io.containerd.cgroups.v1.PidsStat.$Properties} message PidsStat message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    PidsStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.current != null && $Object.hasOwnProperty.call(message, "current") && (typeof message.current === "object" ? message.current.low || message.current.high : message.current !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.current);
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.limit);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a PidsStat message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.PidsStat
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape} PidsStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    PidsStat.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.PidsStat();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.current = value;
                                    else
                                        delete message.current;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.limit = value;
                                    else
                                        delete message.limit;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for PidsStat
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.PidsStat
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    PidsStat.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.PidsStat";
                    };

                    return PidsStat;
                })();

                v1.CPUStat = (function() {

                    /**
                     * Properties of a CPUStat.
                     * @typedef {Object} io.containerd.cgroups.v1.CPUStat.$Properties
                     * @property {io.containerd.cgroups.v1.CPUUsage.$Properties|null} [usage] CPUStat usage
                     * @property {io.containerd.cgroups.v1.Throttle.$Properties|null} [throttling] CPUStat throttling
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a CPUStat.
                     * @memberof io.containerd.cgroups.v1
                     * @interface ICPUStat
                     * @augments io.containerd.cgroups.v1.CPUStat.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.CPUStat.$Properties instead.
                     */

                    /**
                     * Shape of a CPUStat.
                     * @typedef {io.containerd.cgroups.v1.CPUStat.$Properties} io.containerd.cgroups.v1.CPUStat.$Shape
                     */

                    /**
                     * Constructs a new CPUStat.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a CPUStat.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.CPUStat.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const CPUStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * CPUStat usage.
                     * @member {io.containerd.cgroups.v1.CPUUsage.$Properties|null|undefined} usage
                     * @memberof io.containerd.cgroups.v1.CPUStat
                     * @instance
                     */
                    CPUStat.prototype.usage = null;

                    /**
                     * CPUStat throttling.
                     * @member {io.containerd.cgroups.v1.Throttle.$Properties|null|undefined} throttling
                     * @memberof io.containerd.cgroups.v1.CPUStat
                     * @instance
                     */
                    CPUStat.prototype.throttling = null;

                    /**
                     * Creates a new CPUStat instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.CPUStat
                     * @static
                     * @param {io.containerd.cgroups.v1.CPUStat.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.CPUStat} CPUStat instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.CPUStat.$Shape): io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.CPUStat.$Properties): io.containerd.cgroups.v1.CPUStat;
                     * }}
                     */
                    CPUStat.create = function(properties) {
                        return new CPUStat(properties);
                    };

                    /**
                     * Encodes the specified CPUStat message. Does not implicitly {@link io.containerd.cgroups.v1.CPUStat.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.CPUStat
                     * @static
                     * @param {io.containerd.cgroups.v1.CPUStat.$Properties} message CPUStat message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CPUStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            $root.io.containerd.cgroups.v1.CPUUsage.encode(message.usage, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.throttling != null && $Object.hasOwnProperty.call(message, "throttling"))
                            $root.io.containerd.cgroups.v1.Throttle.encode(message.throttling, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a CPUStat message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.CPUStat
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape} CPUStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CPUStat.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.CPUStat();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.usage = $root.io.containerd.cgroups.v1.CPUUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.usage);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.throttling = $root.io.containerd.cgroups.v1.Throttle.decode(reader, reader.size(), $undefined, _depth + 1, message.throttling);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for CPUStat
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.CPUStat
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    CPUStat.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.CPUStat";
                    };

                    return CPUStat;
                })();

                v1.CPUUsage = (function() {

                    /**
                     * Properties of a CPUUsage.
                     * @typedef {Object} io.containerd.cgroups.v1.CPUUsage.$Properties
                     * @property {number|null} [total] CPUUsage total
                     * @property {number|null} [kernel] CPUUsage kernel
                     * @property {number|null} [user] CPUUsage user
                     * @property {Array.<number>|null} [perCpu] CPUUsage perCpu
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a CPUUsage.
                     * @memberof io.containerd.cgroups.v1
                     * @interface ICPUUsage
                     * @augments io.containerd.cgroups.v1.CPUUsage.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.CPUUsage.$Properties instead.
                     */

                    /**
                     * Shape of a CPUUsage.
                     * @typedef {io.containerd.cgroups.v1.CPUUsage.$Properties} io.containerd.cgroups.v1.CPUUsage.$Shape
                     */

                    /**
                     * Constructs a new CPUUsage.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a CPUUsage.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.CPUUsage.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const CPUUsage = function (properties) {
                        this.perCpu = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * CPUUsage total.
                     * @member {number} total
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @instance
                     */
                    CPUUsage.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * CPUUsage kernel.
                     * @member {number} kernel
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @instance
                     */
                    CPUUsage.prototype.kernel = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * CPUUsage user.
                     * @member {number} user
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @instance
                     */
                    CPUUsage.prototype.user = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * CPUUsage perCpu.
                     * @member {Array.<number>} perCpu
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @instance
                     */
                    CPUUsage.prototype.perCpu = $util.emptyArray;

                    /**
                     * Creates a new CPUUsage instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @static
                     * @param {io.containerd.cgroups.v1.CPUUsage.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.CPUUsage} CPUUsage instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.CPUUsage.$Shape): io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.CPUUsage.$Properties): io.containerd.cgroups.v1.CPUUsage;
                     * }}
                     */
                    CPUUsage.create = function(properties) {
                        return new CPUUsage(properties);
                    };

                    /**
                     * Encodes the specified CPUUsage message. Does not implicitly {@link io.containerd.cgroups.v1.CPUUsage.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @static
                     * @param {io.containerd.cgroups.v1.CPUUsage.$Properties} message CPUUsage message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CPUUsage.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.total);
                        if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && (typeof message.kernel === "object" ? message.kernel.low || message.kernel.high : message.kernel !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.kernel);
                        if (message.user != null && $Object.hasOwnProperty.call(message, "user") && (typeof message.user === "object" ? message.user.low || message.user.high : message.user !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.user);
                        if (message.perCpu != null && message.perCpu.length)
                            writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.perCpu);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a CPUUsage message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape} CPUUsage
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CPUUsage.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.CPUUsage();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.total = value;
                                    else
                                        delete message.total;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.kernel = value;
                                    else
                                        delete message.kernel;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.user = value;
                                    else
                                        delete message.user;
                                    continue;
                                }
                            case 4: {
                                    if (wireType === 2) {
                                        if (!(message.perCpu && message.perCpu.length))
                                            message.perCpu = [];
                                        reader.uint64s(message.perCpu);
                                        continue;
                                    }
                                    if (wireType !== 0)
                                        break;
                                    if (!(message.perCpu && message.perCpu.length))
                                        message.perCpu = [];
                                    message.perCpu.push(reader.uint64());
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for CPUUsage
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.CPUUsage
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    CPUUsage.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.CPUUsage";
                    };

                    return CPUUsage;
                })();

                v1.Throttle = (function() {

                    /**
                     * Properties of a Throttle.
                     * @typedef {Object} io.containerd.cgroups.v1.Throttle.$Properties
                     * @property {number|null} [periods] Throttle periods
                     * @property {number|null} [throttledPeriods] Throttle throttledPeriods
                     * @property {number|null} [throttledTime] Throttle throttledTime
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Throttle.
                     * @memberof io.containerd.cgroups.v1
                     * @interface IThrottle
                     * @augments io.containerd.cgroups.v1.Throttle.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.Throttle.$Properties instead.
                     */

                    /**
                     * Shape of a Throttle.
                     * @typedef {io.containerd.cgroups.v1.Throttle.$Properties} io.containerd.cgroups.v1.Throttle.$Shape
                     */

                    /**
                     * Constructs a new Throttle.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a Throttle.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.Throttle.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Throttle = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Throttle periods.
                     * @member {number} periods
                     * @memberof io.containerd.cgroups.v1.Throttle
                     * @instance
                     */
                    Throttle.prototype.periods = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Throttle throttledPeriods.
                     * @member {number} throttledPeriods
                     * @memberof io.containerd.cgroups.v1.Throttle
                     * @instance
                     */
                    Throttle.prototype.throttledPeriods = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Throttle throttledTime.
                     * @member {number} throttledTime
                     * @memberof io.containerd.cgroups.v1.Throttle
                     * @instance
                     */
                    Throttle.prototype.throttledTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new Throttle instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.Throttle
                     * @static
                     * @param {io.containerd.cgroups.v1.Throttle.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.Throttle} Throttle instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.Throttle.$Shape): io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.Throttle.$Properties): io.containerd.cgroups.v1.Throttle;
                     * }}
                     */
                    Throttle.create = function(properties) {
                        return new Throttle(properties);
                    };

                    /**
                     * Encodes the specified Throttle message. Does not implicitly {@link io.containerd.cgroups.v1.Throttle.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.Throttle
                     * @static
                     * @param {io.containerd.cgroups.v1.Throttle.$Properties} message Throttle message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Throttle.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.periods != null && $Object.hasOwnProperty.call(message, "periods") && (typeof message.periods === "object" ? message.periods.low || message.periods.high : message.periods !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.periods);
                        if (message.throttledPeriods != null && $Object.hasOwnProperty.call(message, "throttledPeriods") && (typeof message.throttledPeriods === "object" ? message.throttledPeriods.low || message.throttledPeriods.high : message.throttledPeriods !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.throttledPeriods);
                        if (message.throttledTime != null && $Object.hasOwnProperty.call(message, "throttledTime") && (typeof message.throttledTime === "object" ? message.throttledTime.low || message.throttledTime.high : message.throttledTime !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.throttledTime);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Throttle message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.Throttle
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape} Throttle
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Throttle.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.Throttle();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.periods = value;
                                    else
                                        delete message.periods;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.throttledPeriods = value;
                                    else
                                        delete message.throttledPeriods;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.throttledTime = value;
                                    else
                                        delete message.throttledTime;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for Throttle
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.Throttle
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    Throttle.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.Throttle";
                    };

                    return Throttle;
                })();

                v1.MemoryStat = (function() {

                    /**
                     * Properties of a MemoryStat.
                     * @typedef {Object} io.containerd.cgroups.v1.MemoryStat.$Properties
                     * @property {number|null} [cache] MemoryStat cache
                     * @property {number|null} [rss] MemoryStat rss
                     * @property {number|null} [mappedFile] MemoryStat mappedFile
                     * @property {number|null} [totalCache] MemoryStat totalCache
                     * @property {number|null} [totalRss] MemoryStat totalRss
                     * @property {io.containerd.cgroups.v1.MemoryEntry.$Properties|null} [usage] MemoryStat usage
                     * @property {io.containerd.cgroups.v1.MemoryEntry.$Properties|null} [swap] MemoryStat swap
                     * @property {io.containerd.cgroups.v1.MemoryEntry.$Properties|null} [kernel] MemoryStat kernel
                     * @property {io.containerd.cgroups.v1.MemoryEntry.$Properties|null} [kernelTcp] MemoryStat kernelTcp
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a MemoryStat.
                     * @memberof io.containerd.cgroups.v1
                     * @interface IMemoryStat
                     * @augments io.containerd.cgroups.v1.MemoryStat.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.MemoryStat.$Properties instead.
                     */

                    /**
                     * Shape of a MemoryStat.
                     * @typedef {io.containerd.cgroups.v1.MemoryStat.$Properties} io.containerd.cgroups.v1.MemoryStat.$Shape
                     */

                    /**
                     * Constructs a new MemoryStat.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a MemoryStat.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.MemoryStat.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const MemoryStat = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * MemoryStat cache.
                     * @member {number} cache
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.cache = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryStat rss.
                     * @member {number} rss
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.rss = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryStat mappedFile.
                     * @member {number} mappedFile
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.mappedFile = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryStat totalCache.
                     * @member {number} totalCache
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.totalCache = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryStat totalRss.
                     * @member {number} totalRss
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.totalRss = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryStat usage.
                     * @member {io.containerd.cgroups.v1.MemoryEntry.$Properties|null|undefined} usage
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.usage = null;

                    /**
                     * MemoryStat swap.
                     * @member {io.containerd.cgroups.v1.MemoryEntry.$Properties|null|undefined} swap
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.swap = null;

                    /**
                     * MemoryStat kernel.
                     * @member {io.containerd.cgroups.v1.MemoryEntry.$Properties|null|undefined} kernel
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.kernel = null;

                    /**
                     * MemoryStat kernelTcp.
                     * @member {io.containerd.cgroups.v1.MemoryEntry.$Properties|null|undefined} kernelTcp
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @instance
                     */
                    MemoryStat.prototype.kernelTcp = null;

                    /**
                     * Creates a new MemoryStat instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @static
                     * @param {io.containerd.cgroups.v1.MemoryStat.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.MemoryStat} MemoryStat instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.MemoryStat.$Shape): io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.MemoryStat.$Properties): io.containerd.cgroups.v1.MemoryStat;
                     * }}
                     */
                    MemoryStat.create = function(properties) {
                        return new MemoryStat(properties);
                    };

                    /**
                     * Encodes the specified MemoryStat message. Does not implicitly {@link io.containerd.cgroups.v1.MemoryStat.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @static
                     * @param {io.containerd.cgroups.v1.MemoryStat.$Properties} message MemoryStat message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MemoryStat.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.cache != null && $Object.hasOwnProperty.call(message, "cache") && (typeof message.cache === "object" ? message.cache.low || message.cache.high : message.cache !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cache);
                        if (message.rss != null && $Object.hasOwnProperty.call(message, "rss") && (typeof message.rss === "object" ? message.rss.low || message.rss.high : message.rss !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.rss);
                        if (message.mappedFile != null && $Object.hasOwnProperty.call(message, "mappedFile") && (typeof message.mappedFile === "object" ? message.mappedFile.low || message.mappedFile.high : message.mappedFile !== 0))
                            writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.mappedFile);
                        if (message.totalCache != null && $Object.hasOwnProperty.call(message, "totalCache") && (typeof message.totalCache === "object" ? message.totalCache.low || message.totalCache.high : message.totalCache !== 0))
                            writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.totalCache);
                        if (message.totalRss != null && $Object.hasOwnProperty.call(message, "totalRss") && (typeof message.totalRss === "object" ? message.totalRss.low || message.totalRss.high : message.totalRss !== 0))
                            writer.uint32(/* id 19, wireType 0 =*/152).uint64(message.totalRss);
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                            $root.io.containerd.cgroups.v1.MemoryEntry.encode(message.usage, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                        if (message.swap != null && $Object.hasOwnProperty.call(message, "swap"))
                            $root.io.containerd.cgroups.v1.MemoryEntry.encode(message.swap, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
                        if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel"))
                            $root.io.containerd.cgroups.v1.MemoryEntry.encode(message.kernel, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
                        if (message.kernelTcp != null && $Object.hasOwnProperty.call(message, "kernelTcp"))
                            $root.io.containerd.cgroups.v1.MemoryEntry.encode(message.kernelTcp, writer.uint32(/* id 36, wireType 2 =*/290).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a MemoryStat message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape} MemoryStat
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MemoryStat.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.MemoryStat();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.cache = value;
                                    else
                                        delete message.cache;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.rss = value;
                                    else
                                        delete message.rss;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.mappedFile = value;
                                    else
                                        delete message.mappedFile;
                                    continue;
                                }
                            case 18: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.totalCache = value;
                                    else
                                        delete message.totalCache;
                                    continue;
                                }
                            case 19: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.totalRss = value;
                                    else
                                        delete message.totalRss;
                                    continue;
                                }
                            case 33: {
                                    if (wireType !== 2)
                                        break;
                                    message.usage = $root.io.containerd.cgroups.v1.MemoryEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.usage);
                                    continue;
                                }
                            case 34: {
                                    if (wireType !== 2)
                                        break;
                                    message.swap = $root.io.containerd.cgroups.v1.MemoryEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.swap);
                                    continue;
                                }
                            case 35: {
                                    if (wireType !== 2)
                                        break;
                                    message.kernel = $root.io.containerd.cgroups.v1.MemoryEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.kernel);
                                    continue;
                                }
                            case 36: {
                                    if (wireType !== 2)
                                        break;
                                    message.kernelTcp = $root.io.containerd.cgroups.v1.MemoryEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.kernelTcp);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for MemoryStat
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.MemoryStat
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    MemoryStat.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.MemoryStat";
                    };

                    return MemoryStat;
                })();

                v1.MemoryEntry = (function() {

                    /**
                     * Properties of a MemoryEntry.
                     * @typedef {Object} io.containerd.cgroups.v1.MemoryEntry.$Properties
                     * @property {number|null} [limit] MemoryEntry limit
                     * @property {number|null} [usage] MemoryEntry usage
                     * @property {number|null} [max] MemoryEntry max
                     * @property {number|null} [failcnt] MemoryEntry failcnt
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a MemoryEntry.
                     * @memberof io.containerd.cgroups.v1
                     * @interface IMemoryEntry
                     * @augments io.containerd.cgroups.v1.MemoryEntry.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.MemoryEntry.$Properties instead.
                     */

                    /**
                     * Shape of a MemoryEntry.
                     * @typedef {io.containerd.cgroups.v1.MemoryEntry.$Properties} io.containerd.cgroups.v1.MemoryEntry.$Shape
                     */

                    /**
                     * Constructs a new MemoryEntry.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a MemoryEntry.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.MemoryEntry.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const MemoryEntry = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * MemoryEntry limit.
                     * @member {number} limit
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @instance
                     */
                    MemoryEntry.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryEntry usage.
                     * @member {number} usage
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @instance
                     */
                    MemoryEntry.prototype.usage = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryEntry max.
                     * @member {number} max
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @instance
                     */
                    MemoryEntry.prototype.max = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryEntry failcnt.
                     * @member {number} failcnt
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @instance
                     */
                    MemoryEntry.prototype.failcnt = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new MemoryEntry instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @static
                     * @param {io.containerd.cgroups.v1.MemoryEntry.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.MemoryEntry} MemoryEntry instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.MemoryEntry.$Shape): io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.MemoryEntry.$Properties): io.containerd.cgroups.v1.MemoryEntry;
                     * }}
                     */
                    MemoryEntry.create = function(properties) {
                        return new MemoryEntry(properties);
                    };

                    /**
                     * Encodes the specified MemoryEntry message. Does not implicitly {@link io.containerd.cgroups.v1.MemoryEntry.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @static
                     * @param {io.containerd.cgroups.v1.MemoryEntry.$Properties} message MemoryEntry message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MemoryEntry.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.limit);
                        if (message.usage != null && $Object.hasOwnProperty.call(message, "usage") && (typeof message.usage === "object" ? message.usage.low || message.usage.high : message.usage !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.usage);
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max") && (typeof message.max === "object" ? message.max.low || message.max.high : message.max !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.max);
                        if (message.failcnt != null && $Object.hasOwnProperty.call(message, "failcnt") && (typeof message.failcnt === "object" ? message.failcnt.low || message.failcnt.high : message.failcnt !== 0))
                            writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.failcnt);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a MemoryEntry message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape} MemoryEntry
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MemoryEntry.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.MemoryEntry();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.limit = value;
                                    else
                                        delete message.limit;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.usage = value;
                                    else
                                        delete message.usage;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.max = value;
                                    else
                                        delete message.max;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.failcnt = value;
                                    else
                                        delete message.failcnt;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for MemoryEntry
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.MemoryEntry
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    MemoryEntry.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.MemoryEntry";
                    };

                    return MemoryEntry;
                })();

                v1.MemoryOomControl = (function() {

                    /**
                     * Properties of a MemoryOomControl.
                     * @typedef {Object} io.containerd.cgroups.v1.MemoryOomControl.$Properties
                     * @property {number|null} [oomKillDisable] MemoryOomControl oomKillDisable
                     * @property {number|null} [underOom] MemoryOomControl underOom
                     * @property {number|null} [oomKill] MemoryOomControl oomKill
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a MemoryOomControl.
                     * @memberof io.containerd.cgroups.v1
                     * @interface IMemoryOomControl
                     * @augments io.containerd.cgroups.v1.MemoryOomControl.$Properties
                     * @deprecated Use io.containerd.cgroups.v1.MemoryOomControl.$Properties instead.
                     */

                    /**
                     * Shape of a MemoryOomControl.
                     * @typedef {io.containerd.cgroups.v1.MemoryOomControl.$Properties} io.containerd.cgroups.v1.MemoryOomControl.$Shape
                     */

                    /**
                     * Constructs a new MemoryOomControl.
                     * @memberof io.containerd.cgroups.v1
                     * @classdesc Represents a MemoryOomControl.
                     * @constructor
                     * @param {io.containerd.cgroups.v1.MemoryOomControl.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const MemoryOomControl = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * MemoryOomControl oomKillDisable.
                     * @member {number} oomKillDisable
                     * @memberof io.containerd.cgroups.v1.MemoryOomControl
                     * @instance
                     */
                    MemoryOomControl.prototype.oomKillDisable = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryOomControl underOom.
                     * @member {number} underOom
                     * @memberof io.containerd.cgroups.v1.MemoryOomControl
                     * @instance
                     */
                    MemoryOomControl.prototype.underOom = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * MemoryOomControl oomKill.
                     * @member {number} oomKill
                     * @memberof io.containerd.cgroups.v1.MemoryOomControl
                     * @instance
                     */
                    MemoryOomControl.prototype.oomKill = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Creates a new MemoryOomControl instance using the specified properties.
                     * @function create
                     * @memberof io.containerd.cgroups.v1.MemoryOomControl
                     * @static
                     * @param {io.containerd.cgroups.v1.MemoryOomControl.$Properties=} [properties] Properties to set
                     * @returns {io.containerd.cgroups.v1.MemoryOomControl} MemoryOomControl instance
                     * @type {{
                     *   (properties: io.containerd.cgroups.v1.MemoryOomControl.$Shape): io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape;
                     *   (properties?: io.containerd.cgroups.v1.MemoryOomControl.$Properties): io.containerd.cgroups.v1.MemoryOomControl;
                     * }}
                     */
                    MemoryOomControl.create = function(properties) {
                        return new MemoryOomControl(properties);
                    };

                    /**
                     * Encodes the specified MemoryOomControl message. Does not implicitly {@link io.containerd.cgroups.v1.MemoryOomControl.verify|verify} messages.
                     * @function encode
                     * @memberof io.containerd.cgroups.v1.MemoryOomControl
                     * @static
                     * @param {io.containerd.cgroups.v1.MemoryOomControl.$Properties} message MemoryOomControl message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    MemoryOomControl.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.oomKillDisable != null && $Object.hasOwnProperty.call(message, "oomKillDisable") && (typeof message.oomKillDisable === "object" ? message.oomKillDisable.low || message.oomKillDisable.high : message.oomKillDisable !== 0))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.oomKillDisable);
                        if (message.underOom != null && $Object.hasOwnProperty.call(message, "underOom") && (typeof message.underOom === "object" ? message.underOom.low || message.underOom.high : message.underOom !== 0))
                            writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.underOom);
                        if (message.oomKill != null && $Object.hasOwnProperty.call(message, "oomKill") && (typeof message.oomKill === "object" ? message.oomKill.low || message.oomKill.high : message.oomKill !== 0))
                            writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.oomKill);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a MemoryOomControl message from the specified reader or buffer.
                     * @function decode
                     * @memberof io.containerd.cgroups.v1.MemoryOomControl
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape} MemoryOomControl
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    MemoryOomControl.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.containerd.cgroups.v1.MemoryOomControl();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.oomKillDisable = value;
                                    else
                                        delete message.oomKillDisable;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.underOom = value;
                                    else
                                        delete message.underOom;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                        message.oomKill = value;
                                    else
                                        delete message.oomKill;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    /**
                     * Gets the type url for MemoryOomControl
                     * @function getTypeUrl
                     * @memberof io.containerd.cgroups.v1.MemoryOomControl
                     * @static
                     * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns {string} The type url
                     */
                    MemoryOomControl.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.containerd.cgroups.v1.MemoryOomControl";
                    };

                    return MemoryOomControl;
                })();

                return v1;
            })();

            return cgroups;
        })();

        return containerd;
    })();

    return io;
})();

export {
  $root as default
};
