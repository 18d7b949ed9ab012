"""Region code (2016 regions and overseas): 01-06, 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, 94."""
KIND, PROPORTION, NAME = "code_region", 0.9, r"reg|région|region"
CODES = {"01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"}


def matches(values):
    return values.str.pad(2, fillchar="0").isin(CODES).to_numpy(dtype=bool)
