"""The shared page cache (docs/page-cache.md): anonymous GET answers stored in a cache every
process shares, each with the tags of what it shows; a change bumps the tags it touches, and
every answer that carried one of them is a miss from then on."""
