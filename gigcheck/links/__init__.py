"""Links: find links in gig text and judge where they go (pure functions over strings)."""
