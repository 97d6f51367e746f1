from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'themes.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'themes.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '主题 Themes'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_rows = resolve('rows')
    l_0_empty = resolve('empty')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['theme_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'theme_url' found.")
    pass
    yield '<header class="page-head">\n<h1>主题<span class="en" lang="en">Themes</span></h1>\n<p class="note">每个主题一张对照表：各地的做法、层级、关键数据与摘要。<span lang="en">Each theme compares initiatives across regions.</span></p>\n</header>\n<ul class="theme-list">\n'
    for (l_1_t, l_1_count, l_1_provinces) in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(t_4(context, environment.getattr(l_1_t, 'slug')))
        yield '"><strong>'
        yield escape(environment.getattr(l_1_t, 'zh'))
        yield '</strong>'
        yield escape(t_1(environment.getattr(l_1_t, 'en')))
        yield '</a>\n<span class="count">'
        yield escape(l_1_count)
        yield ' 项</span>'
        if l_1_provinces:
            pass
            yield '<span class="where">'
            yield escape(t_2(context.eval_ctx, l_1_provinces, '、'))
            yield '</span>'
        yield '</li>\n'
    l_1_t = l_1_count = l_1_provinces = missing
    yield '</ul>\n'
    if (undefined(name='empty') if l_0_empty is missing else l_0_empty):
        pass
        yield '<p class="muted">本期文摘暂无以下主题的实践：'
        yield escape(t_2(context.eval_ctx, t_3(context, (undefined(name='empty') if l_0_empty is missing else l_0_empty), attribute='zh'), '、'))
        yield '。<span lang="en">The digest has no initiatives on these themes yet.</span></p>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=27&9=62&10=66&11=72&14=82&15=85'