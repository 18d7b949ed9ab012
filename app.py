"""Entry point: `streamlit run app.py`. Lists the pages (st.navigation; pages/ is not auto-discovered)."""
import streamlit as st

from ui import french, state
from ui.keep import keep_widgets

st.set_page_config(page_title="Studio open data", page_icon=":material/bar_chart:", layout="wide")
french.install(state.lang())  # Streamlit's own widget texts and <html lang> in the studio's language
keep_widgets()  # a page's choices are still there when the user comes back to it

st.navigation([
    st.Page("pages/accueil.py", title=state.t("page.home"), icon=":material/home:", default=True),
    st.Page("pages/importer.py", title=state.t("page.import"), icon=":material/upload_file:", url_path="importer"),
    st.Page("pages/verifier.py", title=state.t("page.check"), icon=":material/fact_check:", url_path="verifier"),
    st.Page("pages/coordonnees.py", title=state.t("page.coords"), icon=":material/location_on:", url_path="coordonnees"),
    st.Page("pages/treemap.py", title=state.t("page.treemap"), icon=":material/dashboard:", url_path="treemap"),
    st.Page("pages/departements.py", title=state.t("page.departements"), icon=":material/bar_chart:",
            url_path="departements"),
    st.Page("pages/carte.py", title=state.t("page.carte"), icon=":material/map:", url_path="carte"),
    st.Page("pages/exporter.py", title=state.t("page.export"), icon=":material/description:", url_path="exporter"),
    st.Page("pages/comparer.py", title=state.t("page.compare"), icon=":material/difference:", url_path="comparer"),
]).run()
