from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_masthead.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site_name = resolve('site_name')
    l_0_site_name_en = resolve('site_name_en')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['section_url']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'section_url' found.")
    pass
    yield '<a class="skip" href="#main">跳到正文 <span lang="en">Skip to content</span></a>\n<header class="masthead">\n<div class="wrap masthead-inner">\n<a class="brand" href="'
    yield escape(t_2(context, 'home'))
    yield '"><span class="brand-mark" aria-hidden="true">辑</span><span class="brand-name"><span class="brand-zh">'
    yield escape((undefined(name='site_name') if l_0_site_name is missing else l_0_site_name))
    yield '</span> '
    yield escape(t_1((undefined(name='site_name_en') if l_0_site_name_en is missing else l_0_site_name_en), cls='brand-en'))
    yield '</span></a>\n<nav class="nav" aria-label="主导航 Main">\n<ul>\n'
    for (l_1_name, l_1_zh, l_1_gloss) in [('themes', '主题', 'Themes'), ('regions', '地区', 'Regions'), ('levels', '层级', 'Levels'), ('practices', '做法', 'Practices'), ('compare', '比较', 'Compare'), ('search', '搜索', 'Search')]:
        l_1_here = resolve('here')
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(t_2(context, l_1_name))
        yield '"'
        if (environment.getattr((undefined(name='here') if l_1_here is missing else l_1_here), 'section') == l_1_name):
            pass
            yield ' class="active"'
        if ((environment.getattr((undefined(name='here') if l_1_here is missing else l_1_here), 'section') == l_1_name) and environment.getattr((undefined(name='here') if l_1_here is missing else l_1_here), 'index')):
            pass
            yield ' aria-current="page"'
        yield '>'
        yield escape(l_1_zh)
        yield escape(t_1(l_1_gloss))
        yield '</a></li>\n'
    l_1_name = l_1_zh = l_1_gloss = l_1_here = missing
    yield '</ul>\n</nav>\n</div>\n</header>'

blocks = {}
debug_info = '6=26&7=28&10=32&18=37&19=39&20=42'