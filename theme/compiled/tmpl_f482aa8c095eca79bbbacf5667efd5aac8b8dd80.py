from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_theme_row.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_local_place = resolve('local_place')
    l_0_e = resolve('e')
    l_0_level_badge = resolve('level_badge')
    l_0_columns = resolve('columns')
    l_0_key_figures = resolve('key_figures')
    try:
        t_1 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['metric']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'metric' found.")
    pass
    yield '<tr>\n<td data-label="地区">'
    yield escape(context.call((undefined(name='local_place') if l_0_local_place is missing else l_0_local_place), (undefined(name='e') if l_0_e is missing else l_0_e)))
    yield '</td>\n<td data-label="实践"><a href="'
    yield escape(t_1(context, environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'slug')))
    yield '">'
    yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'title'))
    yield '</a></td>\n<td data-label="层级">'
    yield escape(context.call((undefined(name='level_badge') if l_0_level_badge is missing else l_0_level_badge), environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'level'), link=False))
    yield '</td>\n<td data-label="做法">'
    for l_1_p in environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'practices')[:6]:
        l_1_practice_chip = resolve('practice_chip')
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='practice_chip') if l_1_practice_chip is missing else l_1_practice_chip), l_1_p, _loop_vars=_loop_vars))
        yield ' '
    l_1_p = l_1_practice_chip = missing
    if (t_2(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'practices')) > 6):
        pass
        yield '<a class="more-practices" href="'
        yield escape(t_1(context, environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'slug')))
        yield '">等 '
        yield escape(t_2(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'practices')))
        yield ' 项</a>'
    yield '</td>'
    if (undefined(name='columns') if l_0_columns is missing else l_0_columns):
        pass
        yield '<td data-label="关键数据"><ul class="key-metrics">'
        for (l_1_ind, l_1_figure) in context.call((undefined(name='key_figures') if l_0_key_figures is missing else l_0_key_figures), environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'key_figures'), (undefined(name='columns') if l_0_columns is missing else l_0_columns)):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape((environment.getattr(l_1_ind, 'cell_zh') or environment.getattr(l_1_ind, 'zh')))
            yield ' '
            if l_1_figure:
                pass
                yield '<strong>'
                yield escape(t_3(l_1_figure))
                yield '</strong>'
            else:
                pass
                yield '<span class="muted">—</span>'
            yield '</li>'
        l_1_ind = l_1_figure = missing
        yield '</ul></td>'
    yield '<td data-label="摘要" class="summary">'
    yield escape((environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'summary') or ''))
    yield '</td>\n</tr>'

blocks = {}
debug_info = '2=35&3=37&4=41&6=43&7=47&8=50&9=53&13=58&15=61&16=67&19=79'