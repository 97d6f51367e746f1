from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practice.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'practice.html')
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
    l_0_practice = resolve('practice')
    pass
    yield escape(environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'name'))

def block_description(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_practice = resolve('practice')
    l_0_total = resolve('total')
    pass
    yield '<meta name="description" content="“'
    yield escape(environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'name'))
    yield '”出现在 '
    yield escape((undefined(name='total') if l_0_total is missing else l_0_total))
    yield ' 项实践中。">'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_practice = resolve('practice')
    l_0_total = resolve('total')
    l_0_uses = resolve('uses')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['highlight']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'highlight' found.")
    try:
        t_3 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['level_badge']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'level_badge' found.")
    try:
        t_6 = environment.filters['place']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'place' found.")
    try:
        t_7 = environment.filters['section_url']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'section_url' found.")
    try:
        t_8 = environment.filters['theme_chip']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'theme_chip' found.")
    pass
    yield '<header class="page-head">\n<p class="kicker"><a href="'
    yield escape(t_7(context, 'practices'))
    yield '">命名做法 <span lang="en">Practices</span></a></p>\n<h1>'
    yield escape(environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'name'))
    yield '</h1>\n<p class="note">出现在 '
    yield escape(environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'places'))
    yield ' 地、'
    yield escape((undefined(name='total') if l_0_total is missing else l_0_total))
    yield ' 项实践中。'
    yield escape(t_1(markup_join(('Appears in ', (undefined(name='total') if l_0_total is missing else l_0_total), ' initiative(s).', )), cls=None))
    yield '</p>\n'
    if environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'variants'):
        pass
        yield '<p class="note">又作 <span lang="en">Also written</span>：'
        yield escape(t_4(context.eval_ctx, environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'variants'), '、'))
        yield '</p>'
    if environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'themes'):
        pass
        yield '<p class="facets">主题<span class="en" lang="en">Themes</span>：'
        for l_1_t in environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'themes'):
            _loop_vars = {}
            pass
            yield escape(t_8(context, l_1_t))
            yield ' '
        l_1_t = missing
        yield '</p>'
    yield '</header>\n<ol class="uses">\n'
    for (l_1_e, l_1_sentence) in (undefined(name='uses') if l_0_uses is missing else l_0_uses):
        _loop_vars = {}
        pass
        yield '<li>\n<h2 class="use-title"><a href="'
        yield escape(t_3(context, environment.getattr(l_1_e, 'slug')))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_e, 'item'), 'title'))
        yield '</a></h2>\n<p class="card-meta"><span class="place">'
        yield escape(t_6(l_1_e))
        yield '</span> '
        yield escape(t_5(context, environment.getattr(environment.getattr(l_1_e, 'item'), 'level'), link=False))
        yield '</p>\n'
        if l_1_sentence:
            pass
            yield '<blockquote class="sentence"><p>'
            yield escape(t_2(l_1_sentence, environment.getattr((undefined(name='practice') if l_0_practice is missing else l_0_practice), 'name')))
            yield '</p></blockquote>'
        yield '</li>\n'
    l_1_e = l_1_sentence = missing
    yield '</ol>\n'
    template = environment.get_template('_pager.html', 'practice.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'description': block_description, 'main': block_main}
debug_info = '1=12&2=17&3=28&4=44&6=104&7=106&8=108&9=114&10=119&13=130&15=134&16=138&17=142&21=150'