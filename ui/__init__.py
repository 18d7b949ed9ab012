"""Streamlit glue shared by the pages: session state, language, loading. No data logic here."""
