"""The content model: topics written in Markdown with YAML front matter, and a glossary."""
