from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

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
        t_2 = environment.filters['file_url']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'file_url' found.")
    try:
        t_3 = environment.filters['section_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'section_url' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'; style-src \'self\'; img-src \'self\' data:; font-src \'self\'; connect-src \'self\'; object-src \'none\'; base-uri \'none\'; form-action \'self\'">\n<meta name="color-scheme" content="light dark">\n<meta name="referrer" content="no-referrer">\n<title>'
    yield from context.blocks['title'][0](context)
    yield ' · '
    yield escape((undefined(name='site_name') if l_0_site_name is missing else l_0_site_name))
    yield ' '
    yield escape((undefined(name='site_name_en') if l_0_site_name_en is missing else l_0_site_name_en))
    yield '</title>\n'
    yield from context.blocks['description'][0](context)
    yield '<link rel="stylesheet" href="'
    yield escape(t_2(context, 'static/site.css'))
    yield '">\n<link rel="icon" href="'
    yield escape(t_2(context, 'static/favicon.svg'))
    yield '" type="image/svg+xml">\n<link rel="alternate" type="application/atom+xml" title="'
    yield escape((undefined(name='site_name') if l_0_site_name is missing else l_0_site_name))
    yield '（Atom）" href="'
    yield escape(t_2(context, 'feed.xml'))
    yield '">\n</head>\n<body>\n<a class="skip" href="#main">跳到正文 <span lang="en">Skip to content</span></a>\n<header class="masthead">\n<div class="wrap masthead-inner">\n<a class="brand" href="'
    yield escape(t_3(context, 'home'))
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
        yield escape(t_3(context, l_1_name))
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
    yield '</ul>\n</nav>\n</div>\n</header>\n<main id="main" class="wrap">\n'
    yield from context.blocks['main'][0](context)
    yield '</main>\n<footer class="site-footer">\n<div class="wrap footer-inner">\n<p>'
    yield escape((undefined(name='site_name') if l_0_site_name is missing else l_0_site_name))
    yield ' '
    yield escape(t_1((undefined(name='site_name_en') if l_0_site_name_en is missing else l_0_site_name_en), cls=None))
    yield '：从报纸版面整理的基层治理实践，按主题、地区、层级、做法和数据对照阅读。</p>\n<p class="footer-links">数据下载 <span lang="en">Data</span>：'
    for l_1_name in ['digest.json', 'digest.csv', 'digest-metrics.csv']:
        _loop_vars = {}
        pass
        yield '<a href="'
        yield escape(t_2(context, l_1_name))
        yield '">'
        yield escape(l_1_name)
        yield '</a> · '
    l_1_name = missing
    yield '<a href="'
    yield escape(t_2(context, 'feed.xml'))
    yield '">Atom</a> · <a href="'
    yield escape(t_3(context, 'initiatives'))
    yield '">全部实践 <span lang="en">All initiatives</span></a></p>\n</div>\n</footer>\n'
    yield from context.blocks['scripts'][0](context)
    yield '</body>\n</html>'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_description(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'description': block_description, 'main': block_main, 'scripts': block_scripts}
debug_info = '9=32&10=38&11=40&12=42&13=44&19=48&20=50&23=54&31=59&32=61&33=64&40=73&44=75&46=79&47=89&48=91&51=93&9=96&10=105&40=114&51=123'