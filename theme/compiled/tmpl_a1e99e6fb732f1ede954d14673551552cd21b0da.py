from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_card.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_h = resolve('h')
    l_0_e = resolve('e')
    try:
        t_1 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_2 = environment.filters['level_badge']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'level_badge' found.")
    try:
        t_3 = environment.filters['place']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'place' found.")
    pass
    yield '<li class="card">\n<h'
    yield escape((undefined(name='h') if l_0_h is missing else l_0_h))
    yield ' class="card-title"><a href="'
    yield escape(t_1(context, environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'slug')))
    yield '">'
    yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'title'))
    yield '</a></h'
    yield escape((undefined(name='h') if l_0_h is missing else l_0_h))
    yield '>\n<p class="card-meta"><span class="place">'
    yield escape(t_3((undefined(name='e') if l_0_e is missing else l_0_e)))
    yield '</span> '
    yield escape(t_2(context, environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'level'), link=False))
    yield '</p>\n'
    if environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'summary'):
        pass
        yield '<p class="card-summary">'
        yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'summary'))
        yield '</p>'
    if environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'themes'):
        pass
        yield '<p class="card-themes">'
        for l_1_t in environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'themes'):
            l_1_ix = resolve('ix')
            _loop_vars = {}
            pass
            yield '<span class="tag">'
            yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'theme_label'), l_1_t, _loop_vars=_loop_vars), 'zh'))
            yield '</span>'
        l_1_t = l_1_ix = missing
        yield '</p>'
    yield '</li>'

blocks = {}
debug_info = '2=32&3=40&4=44&5=49&7=52'