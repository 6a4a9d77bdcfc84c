"""The two document panes and what draws on and between them: sentence views, highlights,
finding numbers, the connector band, the overview strip, scrolling and the find bar."""
