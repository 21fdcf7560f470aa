/*
 * hutch plan interpreter.
 *
 * This is the only code the container's child process runs before execve.
 * Node.js cannot run in a forked child (see docs/plan.md), so TypeScript
 * computes a *plan*: an array of steps, each a syscall or a small control
 * operation, with arguments that are constants, earlier results, or values
 * loaded from the plan's memory. This routine walks the plan.
 *
 * Constraints: freestanding (no libc), position independent, no data
 * sections, no relocations. The compiled .text is committed as a raw blob
 * (interp-<arch>.bin). The runtime places it in a small static ELF with an
 * entry stub and the plan (lib/runner/elf.ts) and execs that, so the entry
 * point must be the first byte of the blob. See scripts/build-native.sh.
 *
 * Keep this file small and generic: every decision belongs in TypeScript
 * (lib/plan), where it can be tested without root.
 */

typedef long i64;
typedef unsigned long u64;
typedef int i32;
typedef unsigned int u32;

/* Step operations. Mirror of lib/plan/format.ts. */
enum {
	OP_SYSCALL = 0, /* result = syscall(nr, a0..a5) */
	OP_JUMP = 1,    /* goto target */
	OP_JEQ = 2,     /* if a0 == a1 goto target */
	OP_STORE64 = 3, /* *(i64 *)a1 = a0 */
	OP_STORE32 = 4, /* *(i32 *)a1 = a0 */
	OP_ITOA = 5,    /* write decimal a0 at a1, NUL-terminated */
	OP_EXIT = 6,    /* exit_group(a0) */
	OP_FAIL = 7,    /* report {a0 step, a1 errno}, exit */
	OP_ALU = 8,     /* result = a0 <nr> a1 */
	OP_JNE = 9,     /* if a0 != a1 goto target */
};

/* Argument kinds, 3 bits each in step.kinds. */
enum { ARG_CONST = 0, ARG_RESULT = 1, ARG_LOAD32 = 2, ARG_LOAD64 = 3 };

/* Error policy, in step.policy. */
enum {
	ON_ERR_FAIL = 0,   /* report and exit */
	ON_ERR_IGNORE = 1, /* keep the (negative) result and go on */
	ON_ERR_JUMP = 2,   /* keep the result and goto target */
};

enum { ALU_AND = 0, ALU_OR = 1, ALU_ANDNOT = 2, ALU_ADD = 3 };

struct step {
	i32 op;
	i32 kinds;    /* 6 x 3 bits */
	i32 policy;
	i32 target;   /* step index for jumps and ON_ERR_JUMP */
	i64 nr;       /* syscall number, or ALU operator */
	i64 arg[6];
	i32 ok_errno; /* this errno counts as success (result 0); 0 = none */
	i32 pad;
};

struct plan {
	i64 nsteps;
	i64 report_fd;        /* where {step, errno} goes on failure */
	i64 fail_exit_code;
	struct step *steps;
	i64 *results;         /* one per step */
};

/* Message written to report_fd. Mirror of lib/plan/format.ts. */
struct report {
	i32 kind; /* 1 = error */
	i32 step;
	i64 value; /* errno */
};

#if defined(__x86_64__)
#define NR_write 1
#define NR_exit_group 231
static inline __attribute__((always_inline)) i64 sys6(i64 n, i64 a, i64 b, i64 c, i64 d, i64 e, i64 f)
{
	register i64 r10 __asm__("r10") = d;
	register i64 r8 __asm__("r8") = e;
	register i64 r9 __asm__("r9") = f;
	i64 ret;
	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			 : "rcx", "r11", "memory");
	return ret;
}
#elif defined(__aarch64__)
#define NR_write 64
#define NR_exit_group 94
static inline __attribute__((always_inline)) i64 sys6(i64 n, i64 a, i64 b, i64 c, i64 d, i64 e, i64 f)
{
	register i64 x8 __asm__("x8") = n;
	register i64 x0 __asm__("x0") = a;
	register i64 x1 __asm__("x1") = b;
	register i64 x2 __asm__("x2") = c;
	register i64 x3 __asm__("x3") = d;
	register i64 x4 __asm__("x4") = e;
	register i64 x5 __asm__("x5") = f;
	__asm__ volatile("svc 0"
			 : "+r"(x0)
			 : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
			 : "memory");
	return x0;
}
#else
#error "unsupported architecture"
#endif

static inline __attribute__((always_inline)) __attribute__((noreturn)) void die(struct plan *p, i32 idx, i64 err)
{
	struct report r;
	r.kind = 1;
	r.step = idx;
	r.value = err;
	sys6(NR_write, p->report_fd, (i64)&r, sizeof(r), 0, 0, 0);
	for (;;)
		sys6(NR_exit_group, p->fail_exit_code, 0, 0, 0, 0, 0);
}

static inline __attribute__((always_inline)) i64 argval(struct plan *p, struct step *s, int i)
{
	i64 v = s->arg[i];
	switch ((s->kinds >> (3 * i)) & 7) {
	case ARG_RESULT:
		return p->results[v];
	case ARG_LOAD32:
		return *(volatile i32 *)v;
	case ARG_LOAD64:
		return *(volatile i64 *)v;
	default:
		return v;
	}
}

static inline __attribute__((always_inline)) void itoa(i64 v, char *out)
{
	char tmp[24];
	int n = 0;
	u64 u = v < 0 ? (u64)(-v) : (u64)v;
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*out++ = '-';
	while (n)
		*out++ = tmp[--n];
	*out = 0;
}

static inline __attribute__((always_inline)) i64 alu(i64 op, i64 a, i64 b)
{
	switch (op) {
	case ALU_AND:
		return a & b;
	case ALU_OR:
		return a | b;
	case ALU_ANDNOT:
		return a & ~b;
	default:
		return a + b;
	}
}

/* Entry point: must stay the first function in the file (offset 0). */
__attribute__((section(".text.entry"), used)) int hutch_interp(void *arg)
{
	struct plan *p = (struct plan *)arg;
	i64 i = 0;

	while (i < p->nsteps) {
		struct step *s = &p->steps[i];
		i64 a[6], r = 0;
		int k;

		for (k = 0; k < 6; k++)
			a[k] = argval(p, s, k);

		switch (s->op) {
		case OP_SYSCALL:
			r = sys6(s->nr, a[0], a[1], a[2], a[3], a[4], a[5]);
			if (r < 0 && r > -4096) {
				if (s->ok_errno && r == -(i64)s->ok_errno)
					r = 0;
				else if (s->policy == ON_ERR_FAIL)
					die(p, (i32)i, -r);
				else if (s->policy == ON_ERR_JUMP) {
					p->results[i] = r;
					i = s->target;
					continue;
				}
			}
			break;
		case OP_JUMP:
			i = s->target;
			continue;
		case OP_JEQ:
			if (a[0] == a[1]) {
				i = s->target;
				continue;
			}
			break;
		case OP_JNE:
			if (a[0] != a[1]) {
				i = s->target;
				continue;
			}
			break;
		case OP_STORE64:
			*(volatile i64 *)a[1] = a[0];
			break;
		case OP_STORE32:
			*(volatile i32 *)a[1] = (i32)a[0];
			break;
		case OP_ITOA:
			itoa(a[0], (char *)a[1]);
			break;
		case OP_ALU:
			r = alu(s->nr, a[0], a[1]);
			break;
		case OP_EXIT:
			for (;;)
				sys6(NR_exit_group, a[0], 0, 0, 0, 0, 0);
		case OP_FAIL:
		default:
			die(p, (i32)a[0], a[1] < 0 ? -a[1] : a[1]);
		}
		p->results[i] = r;
		i++;
	}
	for (;;)
		sys6(NR_exit_group, 0, 0, 0, 0, 0, 0);
}
