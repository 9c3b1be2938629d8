#!/usr/bin/env python3
"""Who holds the large byte and char arrays of a heap dump (docs/performance.md, "End to end").

    python3 docs/bench/array-holders.py target/bench/sessions.hprof [min bytes, 1024] [levels, 4]

Reads an HPROF dump (SessionMemoryBenchmark --heap-dump writes one) and prints, for every byte[] and char[] of at
least the given size, the chain of the classes that refer to it (the first referrer found, up to the given number of
levels), summed by chain, largest first: for example the buffers of a WebSocket connection
(... <- org.apache.tomcat.websocket.server.WsFrameServer <- ...). Standard library only; a 100 MB dump takes ~15 s.
"""
import struct, sys, collections
path = sys.argv[1]; min_len = int(sys.argv[2]) if len(sys.argv) > 2 else 1024
data = open(path, 'rb').read()
p = data.index(b'\0') + 1
idsize = struct.unpack('>I', data[p:p+4])[0]; p += 12
rid = (lambda b, o: struct.unpack('>Q', b[o:o+8])[0]) if idsize == 8 else (lambda b, o: struct.unpack('>I', b[o:o+4])[0])
TS = {2: idsize, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
strings = {}; classname = {}; classes = {}  # class id -> (super, [field types])
segments = []
while p < len(data):
    tag = data[p]; length = struct.unpack('>I', data[p+5:p+9])[0]; body = p + 9
    if tag == 0x01: strings[rid(data, body)] = data[body+idsize:body+length].decode('utf8', 'replace')
    elif tag == 0x02: classname[rid(data, body+4)] = rid(data, body+8+idsize)
    elif tag in (0x0C, 0x1C): segments.append((body, body+length))
    p = body + length
def cname(cid): return strings.get(classname.get(cid), '?').replace('/', '.')
instances = {}  # id -> class id
arrays = {}  # id -> (kind, bytes)
def walk(visit):
    for (s, e) in segments:
        q = s
        while q < e:
            t = data[q]; q += 1
            if t == 0xFF: q += idsize
            elif t in (0x01,): q += 2*idsize
            elif t in (0x02, 0x03): q += idsize + 8
            elif t == 0x04: q += idsize + 4
            elif t in (0x05, 0x07): q += idsize
            elif t == 0x06: q += idsize + 4
            elif t == 0x08: q += idsize + 8
            elif t == 0x20:
                cid = rid(data, q); sup = rid(data, q+4+idsize); q += 4 + 7*idsize + 4
                n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                for _ in range(n):
                    et = data[q+2]; q += 3 + TS[et]
                n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                statics = []
                for _ in range(n):
                    ft = data[q+idsize]; 
                    if ft == 2: statics.append(rid(data, q+idsize+1))
                    q += idsize + 1 + TS[ft]
                n = struct.unpack('>H', data[q:q+2])[0]; q += 2
                fields = []
                for _ in range(n):
                    fields.append(data[q+idsize]); q += idsize + 1
                visit('class', cid, sup, fields, statics)
            elif t == 0x21:
                oid = rid(data, q); cid = rid(data, q+4+idsize); n = struct.unpack('>I', data[q+4+2*idsize:q+8+2*idsize])[0]
                start = q + 8 + 2*idsize; visit('inst', oid, cid, start, n); q = start + n
            elif t == 0x22:
                oid = rid(data, q); n = struct.unpack('>I', data[q+4+idsize:q+8+idsize])[0]; cid = rid(data, q+8+idsize)
                start = q + 8 + 2*idsize; visit('oarr', oid, cid, start, n); q = start + n*idsize
            elif t == 0x23:
                oid = rid(data, q); n = struct.unpack('>I', data[q+4+idsize:q+8+idsize])[0]; et = data[q+8+idsize]
                visit('parr', oid, et, n, 0); q += 9 + idsize + n*TS[et]
            else: raise Exception('tag %x at %d' % (t, q))
def first(kind, a, b, c, d):
    if kind == 'class': classes[a] = (b, c)
    elif kind == 'inst': instances[a] = b
    elif kind == 'parr' and b in (8, 5) and c * TS[b] >= min_len: arrays[a] = ('[B' if b == 8 else '[C', c * TS[b])
walk(first)
layout = {}
def refs_offsets(cid):
    if cid in layout: return layout[cid]
    offs = []; off = 0; c = cid
    while c and c in classes:
        sup, fields = classes[c]
        for ft in fields:
            if ft == 2: offs.append(off)
            off += TS[ft]
        c = sup
    layout[cid] = offs; return offs
def parents_of(wanted):
    parent = {}
    def v(kind, a, b, c, d):
        if kind == 'inst':
            for o in refs_offsets(b):
                r = rid(data, c + o)
                if r in wanted and r not in parent: parent[r] = a
        elif kind == 'oarr':
            for i in range(d):
                r = rid(data, c + i*idsize)
                if r in wanted and r not in parent: parent[r] = a
        elif kind == 'class':
            for r in d:
                if r in wanted and r not in parent: parent[r] = ('static', a)
    walk(v); return parent
def label(o):
    if isinstance(o, tuple): return 'static ' + cname(o[1])
    if o in instances: return cname(instances[o])
    return 'array'
chains = {a: [] for a in arrays}
current = {a: a for a in arrays}
for level in range(int(sys.argv[3]) if len(sys.argv) > 3 else 4):
    wanted = set(x for x in current.values() if x is not None and not isinstance(x, tuple))
    par = parents_of(wanted)
    for a in arrays:
        x = current[a]
        if x is None or isinstance(x, tuple): continue
        pp = par.get(x); chains[a].append(label(pp) if pp is not None else 'root/none'); current[a] = pp
agg = collections.Counter(); cnt = collections.Counter()
for a, (k, size) in arrays.items():
    key = k + ' <- ' + ' <- '.join(chains[a]); agg[key] += size; cnt[key] += 1
total = sum(s for _, s in arrays.values())
print('arrays >= %d bytes: %d, %d bytes' % (min_len, len(arrays), total))
for key, size in agg.most_common(25): print('%10d %5d  %s' % (size, cnt[key], key))
