"""schema.org data for an example's page: a Project (https://schema.org/Project), the
closest type for an initiative that an organisation runs."""


def example_json_ld(example, url, context):
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": example.name,
        "description": example.summary,
        "url": url,
    }
    if example.organisation_list:
        data["member"] = [
            {"@type": "Organization", "name": name} for name in example.organisation_list
        ]
    if example.year_started:
        data["foundingDate"] = str(example.year_started)
    if example.municipality or example.region_id:
        address = {"@type": "PostalAddress", "addressCountry": "SE"}
        if example.municipality:
            address["addressLocality"] = example.municipality
        if example.region_id:
            address["addressRegion"] = example.region.name
        data["location"] = {"@type": "Place", "address": address}
    keywords = [term.name for term in (*context["themes"], *context["sectors"])]
    if keywords:
        data["keywords"] = keywords
    links = [block.value["url"] for block in example.links]
    if links:
        data["sameAs"] = links
    return data
