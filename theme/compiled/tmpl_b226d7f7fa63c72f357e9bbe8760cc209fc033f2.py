from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'level.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'level.html')
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
    l_0_level = resolve('level')
    pass
    yield escape(environment.getattr((undefined(name='level') if l_0_level is missing else l_0_level), 'zh'))
    yield ' '
    yield escape(environment.getattr((undefined(name='level') if l_0_level is missing else l_0_level), 'en'))

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_level = resolve('level')
    l_0_total = resolve('total')
    l_0_groups = resolve('groups')
    l_0_m = resolve('m')
    l_0_profile = resolve('profile')
    l_0_profile_caption = resolve('profile_caption')
    l_0_only_themes = resolve('only_themes')
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
    yield '<header class="page-head">\n<p class="kicker"><a href="'
    yield escape(t_2(context, 'levels'))
    yield '">层级 <span lang="en">Levels</span></a></p>\n<h1>'
    yield escape(environment.getattr((undefined(name='level') if l_0_level is missing else l_0_level), 'zh'))
    yield escape(t_1(environment.getattr((undefined(name='level') if l_0_level is missing else l_0_level), 'en')))
    yield '</h1>\n'
    if context.call(environment.getattr(environment.getattr((undefined(name='level') if l_0_level is missing else l_0_level), 'extra'), 'get'), 'description', _block_vars=_block_vars):
        pass
        yield '<p class="lead">'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='level') if l_0_level is missing else l_0_level), 'extra'), 'get'), 'description', _block_vars=_block_vars))
        yield '</p>'
    yield '<p class="note">'
    yield escape((undefined(name='total') if l_0_total is missing else l_0_total))
    yield ' 项实践。</p>\n</header>\n'
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield '<section class="block" aria-labelledby="profile-title">\n<h2 id="profile-title">主题分布<span class="en" lang="en">Theme profile</span></h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_figure'), (undefined(name='profile') if l_0_profile is missing else l_0_profile), (undefined(name='profile_caption') if l_0_profile_caption is missing else l_0_profile_caption), (undefined(name='only_themes') if l_0_only_themes is missing else l_0_only_themes), _block_vars=_block_vars))
        yield '\n</section>\n'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'grouped'), (undefined(name='groups') if l_0_groups is missing else l_0_groups), 2, _block_vars=_block_vars))
        yield '\n'
    else:
        pass
        yield '<p class="muted">暂无这一层级的实践。<span lang="en">No initiatives yet.</span></p>\n'
    template = environment.get_template('_pager.html', 'level.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=30&5=58&6=60&7=63&8=69&10=71&13=74&15=76&19=81'