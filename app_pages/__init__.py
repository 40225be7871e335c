"""Pages of the Streamlit app. UI only: they call verify for everything else."""
