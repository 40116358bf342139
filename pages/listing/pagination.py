from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def page_number(request, paginator, parameter="page"):
    """The requested page of a paginator: a missing, bad or too low number gives the first
    page, a too high one the last. Never an error."""
    try:
        return paginator.page(request.GET.get(parameter, 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        too_low = int(request.GET[parameter]) < 1  # EmptyPage means it was a whole number
        return paginator.page(1 if too_low else paginator.num_pages)


def paginate(request, items, per_page):
    return page_number(request, Paginator(items, per_page))
