from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '404.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', '404.html')
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
    yield '页面不存在 Not found'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
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
    yield '<header class="page-head">\n<h1>页面不存在<span class="en" lang="en">Page not found</span></h1>\n<p class="lead">这个地址没有内容。可以回到<a href="'
    yield escape(t_2(context, 'home'))
    yield '">首页</a>，或者<a href="'
    yield escape(t_2(context, 'search'))
    yield '">搜索</a>。</p>\n</header>\n<form class="search-box" role="search" action="'
    yield escape(t_2(context, 'search'))
    yield '" method="get">\n<label for="nf-q" class="visually-hidden">搜索 Search</label>\n<input id="nf-q" name="q" type="search" placeholder="搜索实践、地区、做法…" autocomplete="off">\n<button type="submit">搜索<span class="en" lang="en">Search</span></button>\n</form>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=27&6=48&8=52'