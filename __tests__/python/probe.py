# Records what the run saw, so a test can prove that each perturbation reached the pipeline: the
# environment, the working folder, the first data row read three ways (relative path, REPRO_DATA_DIR,
# next to this script's real path), the date and time, the locale, the thread settings.
import datetime
import json
import locale
import os
import time

here = os.path.dirname(os.path.realpath(__file__))


def first_row(path):
    with open(path) as f:
        f.readline()
        return f.readline().strip()


seen = {
    "cwd": os.getcwd(),
    "data_dir": os.environ["REPRO_DATA_DIR"],
    "row_relative": first_row("data/train.csv"),
    "row_data_dir": first_row(os.path.join(os.environ["REPRO_DATA_DIR"], "data", "train.csv")),
    "row_beside_script": first_row(os.path.join(here, "data", "train.csv")),
    "script_dir": here,
    "today": datetime.date.today().isoformat(),
    "utc_date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(),
    "epoch": time.time(),
    "locale": locale.setlocale(locale.LC_ALL, ""),
    "decimal_point": locale.localeconv()["decimal_point"],
    "env": {k: os.environ.get(k) for k in ["TZ", "LC_ALL", "PYTHONHASHSEED", "OMP_NUM_THREADS", "FAKETIME"]},
}
out = os.environ["REPRO_OUTPUT_DIR"]
with open(os.path.join(out, "probe.json"), "w") as f:
    json.dump(seen, f)
with open("data/test.csv") as f:
    ids = [line.split(",")[0] for line in f.read().splitlines()[1:]]
with open(os.path.join(out, "predictions.csv"), "w") as f:
    f.write("Id,prediction\n" + "".join(f"{i},1\n" for i in ids))
