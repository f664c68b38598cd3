"""The web face: pages with JSON twins, the drift chart, ICS and Atom feeds.

    from nextseason.web.app import create_app
    app = create_app("sqlite:///nextseason.db", token=None)   # read-only without a token

``nextseason serve`` runs it with uvicorn on 127.0.0.1.
"""
