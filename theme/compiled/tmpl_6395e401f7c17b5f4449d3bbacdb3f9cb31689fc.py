from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_footer.html'

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
    yield '<footer class="site-footer">\n<div class="wrap footer-inner">\n<p>'
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
    yield '">全部实践 <span lang="en">All initiatives</span></a></p>\n</div>\n</footer>'

blocks = {}
debug_info = '5=32&7=36&8=46&9=48'