# The reference for bench:compare: read both prediction files, merge on id, absolute difference.
import json, resource, sys, time

started = time.perf_counter()
import pandas as pd

a = pd.read_csv(sys.argv[1])
b = pd.read_csv(sys.argv[2])
m = a.merge(b, on="id", how="outer", suffixes=("_old", "_new"), indicator=True)
diff = (m["prediction_new"] - m["prediction_old"]).abs()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "rows": int(len(m)),
    "differ": int((diff > 0).sum()),
    "maxAbsDiff": float(diff.max()),
    "seconds": time.perf_counter() - started,
    "cpuSeconds": usage.ru_utime + usage.ru_stime,
    "peakBytes": usage.ru_maxrss * 1024,
}))
