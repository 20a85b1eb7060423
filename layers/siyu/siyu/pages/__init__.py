"""Server-driven page layouts (`layouts`: versions, publish, render with experiments applied).
The kinds of module a page may hold and their configurations are `siyu.page_modules`, which
experiments use too (a variant's layout)."""
