"""hoinghi: Vietnamese Party-building meeting news → a DuckDB star schema."""

__version__ = "0.1.0"
