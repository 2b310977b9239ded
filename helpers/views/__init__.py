"""Views: what notebooks and reports show. One chart style (`charts`), the notebook controls (`controls`),
and each analysis's findings, tables and charts (`words`, `quotes`, `numbers`, `overview`). Views import
analyses; no analysis imports a view."""
