"""Write fixtures/snapshot/train.parquet from the example's train.csv (needs pandas + pyarrow).

The committed .parquet is what the tests read; this script only documents how it was made:
    python3 scripts/make-parquet-fixture.py
Row groups of 1,000 rows, so the reader's row-group streaming is exercised.
"""
import pandas as pd

frame = pd.read_csv('fixtures/house-prices/data/train.csv', keep_default_na=False, na_values=[''])
frame.to_parquet('fixtures/snapshot/train.parquet', engine='pyarrow', index=False, row_group_size=1000, compression='snappy')
