"""Core of the valorisation studio: pure Python, no Streamlit (see DESIGN.md)."""
