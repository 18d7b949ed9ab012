"""Entry point: `streamlit run app.py`. Lists the pages (st.navigation; pages/ is not auto-discovered)."""
import streamlit as st

from ui import state

st.set_page_config(page_title="Studio open data", page_icon=":material/bar_chart:", layout="wide")

st.navigation([
    st.Page("pages/accueil.py", title=state.t("page.home"), icon=":material/home:", default=True),
    st.Page("pages/importer.py", title=state.t("page.import"), icon=":material/upload_file:", url_path="importer"),
    st.Page("pages/verifier.py", title=state.t("page.check"), icon=":material/fact_check:", url_path="verifier"),
    st.Page("pages/coordonnees.py", title=state.t("page.coords"), icon=":material/location_on:", url_path="coordonnees"),
    st.Page("pages/treemap.py", title=state.t("page.treemap"), icon=":material/dashboard:", url_path="treemap"),
]).run()
