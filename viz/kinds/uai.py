"""UAI (ex-RNE) school and institution code: 7 digits and a check letter (`0422170F`)."""
import numpy as np
import pandas as pd

KIND, PROPORTION = "uai", 0.9
LETTERS = np.array(list("ABCDEFGHJKLMNPRSTUVWXYZ"))


def matches(values):
    text = values.str.upper()
    shaped = text.str.fullmatch(r"(?:0[0-8][0-9]|09[0-5]|9[78][0-9]|[67]20)[0-9]{4}[A-Z]").fillna(False).to_numpy(dtype=bool)
    ok = np.zeros(len(text), dtype=bool)
    idx = np.flatnonzero(shaped)
    if len(idx):
        number = pd.to_numeric(text.iloc[idx].str.slice(0, 7)).to_numpy(dtype=np.int64)
        ok[idx] = LETTERS[number % 23] == text.iloc[idx].str.slice(7).to_numpy()
    return ok
