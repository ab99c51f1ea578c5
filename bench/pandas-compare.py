# Reference for bench:compare: read both prediction files, merge on id, absolute difference.
import sys, time
import pandas as pd

started = time.perf_counter()
a = pd.read_csv(sys.argv[1])
b = pd.read_csv(sys.argv[2])
m = a.merge(b, on="id", how="outer", suffixes=("_old", "_new"), indicator=True)
diff = (m["prediction_new"] - m["prediction_old"]).abs()
print(f"rows={len(m)} beyond={(diff > 0).sum()} max={diff.max()} seconds={time.perf_counter() - started:.3f}")
