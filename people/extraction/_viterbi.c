/* fastpos.viterbi_py (jieba.posseg's POS-tagging Viterbi) in C, with bit-for-bit the same result.
 *
 * Python ranks the ~256 (BMES, tag) states by Python's tuple order, so comparing ranks is comparing
 * the state tuples, and hands over per character the ranks of the states it can take (in jieba's
 * order) and their emission log-probabilities. Here: the dynamic programme and the backtracking.
 *
 * Same arithmetic as Python: each candidate scores (V[x] + trans[x][y]) + emit, in IEEE doubles
 * (built with -O2 -fno-fast-math -ffp-contract=off); the best is the largest (score, x), i.e. on
 * equal scores the larger state wins, as Python's max() over (prob, state) tuples. When no state of
 * a character can follow the previous ones, viterbi() returns None and Python runs its fallback. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>

static Py_ssize_t n_states;     /* the states are 0 .. n_states - 1, in Python's tuple order */
static PyObject *states;        /* tuple: the state objects, by rank */
static double *start_p;         /* [y] */
static double *trans_p;         /* [x * n_states + y], meaningful where has_trans */
static unsigned char *has_trans; /* [x * n_states + y]: x has a transition into y */
static unsigned char *has_next; /* [x]: x has a transition into some state */

static void free_model(void) {
    Py_CLEAR(states);
    PyMem_Free(start_p);
    PyMem_Free(trans_p);
    PyMem_Free(has_trans);
    PyMem_Free(has_next);
    start_p = trans_p = NULL;
    has_trans = has_next = NULL;
    n_states = 0;
}

/* init(states: tuple, start: sequence[float], trans: sequence[(from_rank, to_rank, logp)]) */
static PyObject *init(PyObject *self, PyObject *args) {
    PyObject *st, *start, *trans;
    if (!PyArg_ParseTuple(args, "O!OO", &PyTuple_Type, &st, &start, &trans)) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(st);
    if (n <= 0 || n > 32767) {
        PyErr_SetString(PyExc_ValueError, "between 1 and 32767 states");
        return NULL;
    }
    free_model();
    start_p = PyMem_Calloc(n, sizeof(double));
    trans_p = PyMem_Calloc(n * n, sizeof(double));
    has_trans = PyMem_Calloc(n * n, 1);
    has_next = PyMem_Calloc(n, 1);
    if (!start_p || !trans_p || !has_trans || !has_next) {
        free_model();
        return PyErr_NoMemory();
    }
    n_states = n;
    PyObject *seq = PySequence_Fast(start, "start must be a sequence");
    if (!seq) goto fail;
    if (PySequence_Fast_GET_SIZE(seq) != n) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "one start probability per state");
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++) start_p[i] = PyFloat_AsDouble(PySequence_Fast_GET_ITEM(seq, i));
    Py_DECREF(seq);
    if (PyErr_Occurred()) goto fail;
    seq = PySequence_Fast(trans, "trans must be a sequence");
    if (!seq) goto fail;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        Py_ssize_t x, y;
        double p;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, i), "nnd", &x, &y, &p)) {
            Py_DECREF(seq);
            goto fail;
        }
        if (x < 0 || x >= n || y < 0 || y >= n) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "state rank out of range");
            goto fail;
        }
        trans_p[x * n + y] = p;
        has_trans[x * n + y] = 1;
        has_next[x] = 1;
    }
    Py_DECREF(seq);
    Py_INCREF(st);
    states = st;
    Py_RETURN_NONE;
fail:
    free_model();
    return NULL;
}

/* viterbi(chars: list[(ranks: tuple[int], emits: tuple[float])]) -> list[state] | None
 * ranks: the character's states (jieba's char_state_tab order, all states if it has none there);
 * emits: their emission log-probabilities. None: Python decides (its fallback, an empty run). */
static PyObject *viterbi(PyObject *self, PyObject *arg) {
    if (!states) {
        PyErr_SetString(PyExc_RuntimeError, "init() first");
        return NULL;
    }
    if (!PyList_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "a list of (ranks, emits) per character");
        return NULL;
    }
    const Py_ssize_t n = n_states, T = PyList_GET_SIZE(arg);
    if (T == 0) Py_RETURN_NONE; /* Python's own error */
    PyObject *result = NULL;
    double *v = PyMem_Malloc(2 * n * sizeof(double)); /* V of the previous and of this character */
    short *act = PyMem_Malloc(2 * n * sizeof(short)); /* their states (V's keys) */
    short *prev = PyMem_Malloc(n * sizeof(short));    /* those of the previous with a next state */
    unsigned char *in_new = PyMem_Malloc(n);
    short *back = PyMem_Malloc((size_t)T * n * sizeof(short)); /* [t * n + y]: y's best predecessor */
    if (!v || !act || !prev || !in_new || !back) {
        PyErr_NoMemory();
        goto done;
    }
    double *cur_v = v, *new_v = v + n;
    short *cur = act, *nxt = act + n;
    Py_ssize_t n_cur = 0;
    memset(in_new, 0, n);
    for (Py_ssize_t t = 0; t < T; t++) {
        PyObject *info = PyList_GET_ITEM(arg, t);
        if (!PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 2) {
            PyErr_SetString(PyExc_TypeError, "(ranks, emits) per character");
            goto done;
        }
        PyObject *ranks = PyTuple_GET_ITEM(info, 0), *emits = PyTuple_GET_ITEM(info, 1);
        if (!PyTuple_Check(ranks) || !PyTuple_Check(emits) ||
            PyTuple_GET_SIZE(ranks) != PyTuple_GET_SIZE(emits)) {
            PyErr_SetString(PyExc_TypeError, "ranks and emits: tuples of the same length");
            goto done;
        }
        Py_ssize_t n_prev = 0;
        for (Py_ssize_t i = 0; i < n_cur; i++)
            if (has_next[cur[i]]) prev[n_prev++] = cur[i];
        Py_ssize_t n_new = 0;
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(ranks); k++) {
            Py_ssize_t y = PyLong_AsSsize_t(PyTuple_GET_ITEM(ranks, k));
            double em = PyFloat_AsDouble(PyTuple_GET_ITEM(emits, k));
            if (PyErr_Occurred()) goto done;
            if (y < 0 || y >= n) {
                PyErr_SetString(PyExc_ValueError, "state rank out of range");
                goto done;
            }
            double best = 0.0;
            Py_ssize_t best_x = -1;
            if (t == 0) {
                best = start_p[y] + em;
                best_x = 0;
            } else {
                for (Py_ssize_t i = 0; i < n_prev; i++) {
                    Py_ssize_t x = prev[i];
                    if (!has_trans[x * n + y]) continue;
                    double s = cur_v[x] + trans_p[x * n + y];
                    s = s + em;
                    if (best_x < 0 || s > best || (s == best && x > best_x)) {
                        best = s;
                        best_x = x;
                    }
                }
                if (best_x < 0) continue; /* no previous state leads to y: dropped */
            }
            new_v[y] = best;
            back[t * n + y] = (short)best_x;
            if (!in_new[y]) {
                in_new[y] = 1;
                nxt[n_new++] = (short)y;
            }
        }
        for (Py_ssize_t i = 0; i < n_new; i++) in_new[nxt[i]] = 0;
        if (n_new == 0) { /* t > 0 here (the first character always has states): Python's fallback */
            result = Py_None;
            Py_INCREF(result);
            goto done;
        }
        double *tv = cur_v;
        cur_v = new_v;
        new_v = tv;
        short *ta = cur;
        cur = nxt;
        nxt = ta;
        n_cur = n_new;
    }
    Py_ssize_t state = cur[0];
    for (Py_ssize_t i = 1; i < n_cur; i++) {
        Py_ssize_t y = cur[i];
        if (cur_v[y] > cur_v[state] || (cur_v[y] == cur_v[state] && y > state)) state = y;
    }
    result = PyList_New(T);
    if (!result) goto done;
    for (Py_ssize_t t = T - 1; t >= 0; t--) {
        PyObject *s = PyTuple_GET_ITEM(states, state);
        Py_INCREF(s);
        PyList_SET_ITEM(result, t, s);
        if (t) state = back[t * n + state];
    }
done:
    PyMem_Free(v);
    PyMem_Free(act);
    PyMem_Free(prev);
    PyMem_Free(in_new);
    PyMem_Free(back);
    return result;
}

static PyMethodDef methods[] = {
    {"init", init, METH_VARARGS, "init(states, start, trans): the model, states ranked in tuple order."},
    {"viterbi", viterbi, METH_O,
     "viterbi([(ranks, emits) per character]) -> the route's states, or None for Python's fallback."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_viterbi", "fastpos.viterbi_py's dynamic programme in C.", -1, methods,
};

PyMODINIT_FUNC PyInit__viterbi(void) { return PyModule_Create(&module); }
