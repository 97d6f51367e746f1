from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'region.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'region.html')
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
    l_0_node = resolve('node')
    pass
    yield escape(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'name'))

def block_description(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_node = resolve('node')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<meta name="description" content="'
    yield escape(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'name'))
    yield '的基层治理实践：'
    yield escape(t_1(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'slugs')))
    yield ' 项。">'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_chain = resolve('chain')
    l_0_node = resolve('node')
    l_0_rank = resolve('rank')
    l_0_children = resolve('children')
    l_0_m = resolve('m')
    l_0_profile = resolve('profile')
    l_0_profile_caption = resolve('profile_caption')
    l_0_only_themes = resolve('only_themes')
    l_0_direct = resolve('direct')
    l_0_below = resolve('below')
    try:
        t_2 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['region_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'region_url' found.")
    try:
        t_5 = environment.filters['section_url']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'section_url' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<header class="page-head">\n<nav class="crumbs" aria-label="上级地区 Parent regions">\n<ol>\n<li><a href="'
    yield escape(t_5(context, 'regions'))
    yield '">全部地区</a></li>\n'
    for l_1_a in (undefined(name='chain') if l_0_chain is missing else l_0_chain):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(t_4(context, environment.getattr(l_1_a, 'key')))
        yield '">'
        yield escape(environment.getattr(l_1_a, 'name'))
        yield '</a></li>'
    l_1_a = missing
    yield '<li><span aria-current="page">'
    yield escape(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'name'))
    yield '</span></li>\n</ol>\n</nav>\n<h1>'
    yield escape(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'name'))
    yield '</h1>\n<p class="facts"><span class="badge">'
    yield escape(environment.getitem((undefined(name='rank') if l_0_rank is missing else l_0_rank), 0))
    yield escape(t_2(environment.getitem((undefined(name='rank') if l_0_rank is missing else l_0_rank), 1)))
    yield '</span> <span class="code">'
    yield escape(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'key'))
    yield '</span> <span class="count">'
    yield escape(t_1(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'slugs')))
    yield ' 项实践</span></p>\n</header>\n'
    if (undefined(name='children') if l_0_children is missing else l_0_children):
        pass
        yield '<section class="block" aria-labelledby="children-title">\n<h2 id="children-title">下级地区<span class="en" lang="en">Subdivisions</span></h2>\n<ul class="subregions'
        if t_3(context.eval_ctx, t_6(context, (undefined(name='children') if l_0_children is missing else l_0_children), 'children')):
            pass
            yield ' tree'
        yield '">\n'
        for l_1_c in (undefined(name='children') if l_0_children is missing else l_0_children):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(t_4(context, environment.getattr(l_1_c, 'key')))
            yield '">'
            yield escape(environment.getattr(l_1_c, 'name'))
            yield '</a> <span class="count">'
            yield escape(t_1(environment.getattr(l_1_c, 'slugs')))
            yield ' 项</span>'
            if environment.getattr(l_1_c, 'children'):
                pass
                yield '<ul>'
                for l_2_k in environment.getattr(l_1_c, 'children'):
                    l_2_ix = resolve('ix')
                    l_2_g = missing
                    _loop_vars = {}
                    pass
                    l_2_g = environment.getitem(environment.getattr((undefined(name='ix') if l_2_ix is missing else l_2_ix), 'regions'), l_2_k)
                    _loop_vars['g'] = l_2_g
                    yield '<li><a href="'
                    yield escape(t_4(context, l_2_k))
                    yield '">'
                    yield escape(environment.getattr((undefined(name='g') if l_2_g is missing else l_2_g), 'name'))
                    yield '</a> <span class="count">'
                    yield escape(t_1(environment.getattr((undefined(name='g') if l_2_g is missing else l_2_g), 'slugs')))
                    yield '</span></li>'
                l_2_k = l_2_ix = l_2_g = missing
                yield '</ul>'
            yield '</li>'
        l_1_c = missing
        yield '</ul>\n</section>\n'
    yield '<section class="block" aria-labelledby="profile-title">\n<h2 id="profile-title">主题分布<span class="en" lang="en">Theme profile</span></h2>\n'
    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_figure'), (undefined(name='profile') if l_0_profile is missing else l_0_profile), (undefined(name='profile_caption') if l_0_profile_caption is missing else l_0_profile_caption), (undefined(name='only_themes') if l_0_only_themes is missing else l_0_only_themes), _block_vars=_block_vars))
    yield '\n</section>\n'
    if (undefined(name='direct') if l_0_direct is missing else l_0_direct):
        pass
        yield '<section class="block" aria-labelledby="direct-title">\n<h2 id="direct-title">'
        yield escape(environment.getattr((undefined(name='node') if l_0_node is missing else l_0_node), 'name'))
        yield '的实践<span class="en" lang="en">Initiatives here</span></h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cards'), (undefined(name='direct') if l_0_direct is missing else l_0_direct), 3, _block_vars=_block_vars))
        yield '\n</section>\n'
    if (undefined(name='below') if l_0_below is missing else l_0_below):
        pass
        yield '<section class="block" aria-labelledby="below-title">\n<h2 id="below-title">下级地区的实践<span class="en" lang="en">In subdivisions</span></h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cards'), (undefined(name='below') if l_0_below is missing else l_0_below), 3, _block_vars=_block_vars))
        yield '\n</section>\n'
    template = environment.get_template('_pager.html', 'region.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'description': block_description, 'main': block_main}
debug_info = '1=12&2=17&3=28&4=49&8=104&9=106&10=116&13=118&14=120&15=125&17=127&20=130&21=134&22=138&23=144&25=147&26=155&36=167&38=169&40=172&41=174&44=176&47=179&50=181'