from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'search.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'search.html')
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
    yield '搜索 Search'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_root = resolve('root')
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
    yield '<header class="page-head">\n<h1>搜索<span class="en" lang="en">Search</span></h1>\n<p class="note">全文检索，支持任意中文词语；多个词用空格分开，同时包含才算命中。<span lang="en">Full-text search; separate terms with spaces.</span></p>\n</header>\n<form id="search-form" class="search-box" role="search" action="./" method="get" data-root="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield '">\n<label for="search-q" class="visually-hidden">搜索词 Search terms</label>\n<input id="search-q" name="q" type="search" placeholder="例如：网格员 双报到" autocomplete="off">\n<button type="submit">搜索<span class="en" lang="en">Search</span></button>\n</form>\n<p id="search-status" class="search-status" role="status" aria-live="polite"></p>\n<ol id="search-results" class="results"></ol>\n<p><button type="button" id="search-more" class="search-more" hidden>更多结果<span class="en" lang="en">More results</span></button></p>\n<noscript><p class="muted">搜索需要启用 JavaScript；也可以按<a href="'
    yield escape(t_2(context, 'themes'))
    yield '">主题</a>、<a href="'
    yield escape(t_2(context, 'regions'))
    yield '">地区</a>或<a href="'
    yield escape(t_2(context, 'practices'))
    yield '">做法</a>浏览。</p></noscript>\n'

def block_scripts(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    try:
        t_3 = environment.filters['file_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'file_url' found.")
    pass
    yield '<script src="'
    yield escape(t_3(context, 'static/search.js'))
    yield '" defer></script>'

blocks = {'title': block_title, 'main': block_main, 'scripts': block_scripts}
debug_info = '1=12&2=17&3=27&8=49&16=51&17=53&19=58'