"""Entry point: `streamlit run app.py`. Lists the pages (st.navigation; pages/ is not auto-discovered)."""
import streamlit as st

from ui import state

st.set_page_config(page_title="Studio open data", page_icon=":material/bar_chart:", layout="wide")

pages = [
    st.Page("pages/accueil.py", title=state.t("page.home"), icon=":material/home:", default=True),
    st.Page("pages/importer.py", title=state.t("page.import"), icon=":material/upload_file:", url_path="importer"),
]
for path, key, icon, slug in (("pages/verifier.py", "page.check", ":material/fact_check:", "verifier"),
                              ("pages/treemap.py", "page.treemap", ":material/dashboard:", "treemap")):
    import pathlib
    if (pathlib.Path(__file__).parent / path).exists():
        pages.append(st.Page(path, title=state.t(key), icon=icon, url_path=slug))
st.navigation(pages).run()
