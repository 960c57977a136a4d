"""The Inbox area: suggestions harvested from the user's tools, accepted, merged or dismissed."""
