from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'initiatives.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'initiatives.html')
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
    yield '全部实践 All initiatives'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_ix = resolve('ix')
    l_0_m = resolve('m')
    l_0_groups = resolve('groups')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<header class="page-head">\n<h1>全部实践<span class="en" lang="en">All initiatives</span></h1>\n<p class="note">'
    yield escape(t_2(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'entries')))
    yield ' 项，按省份排列。<span lang="en">Grouped by province.</span></p>\n</header>\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'grouped'), (undefined(name='groups') if l_0_groups is missing else l_0_groups), 2, _block_vars=_block_vars))
    yield '\n'
    template = environment.get_template('_pager.html', 'initiatives.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=27&6=51&8=53&9=55'