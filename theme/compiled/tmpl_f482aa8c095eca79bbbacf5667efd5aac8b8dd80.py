from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_theme_row.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_e = resolve('e')
    l_0_columns = resolve('columns')
    l_0_key_figures = resolve('key_figures')
    l_0_cells = resolve('cells')
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
        t_3 = environment.filters['level_badge']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'level_badge' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['local_place']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'local_place' found.")
    try:
        t_6 = environment.filters['metric']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'metric' found.")
    try:
        t_7 = environment.filters['practice_chip']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'practice_chip' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<tr>\n<td data-label="地区">'
    yield escape(t_5((undefined(name='e') if l_0_e is missing else l_0_e)))
    yield '</td>\n<td data-label="实践"><a href="'
    yield escape(t_1(context, environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'slug')))
    yield '">'
    yield escape(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'title'))
    yield '</a></td>\n<td data-label="层级">'
    yield escape(t_3(context, environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'level'), link=False))
    yield '</td>\n<td data-label="做法">'
    for l_1_p in environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item'), 'practices')[:6]:
        _loop_vars = {}
        pass
        yield escape(t_7(context, l_1_p))
        yield ' '
    l_1_p = missing
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
        l_0_cells = context.call((undefined(name='key_figures') if l_0_key_figures is missing else l_0_key_figures), environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'key_figures'), (undefined(name='columns') if l_0_columns is missing else l_0_columns))
        context.vars['cells'] = l_0_cells
        context.exported_vars.add('cells')
        yield '<td data-label="关键数据"'
        if (not t_4(context.eval_ctx, t_8(context, (undefined(name='cells') if l_0_cells is missing else l_0_cells), 1))):
            pass
            yield ' class="none"'
        yield '><ul class="key-metrics">'
        for (l_1_ind, l_1_figure) in (undefined(name='cells') if l_0_cells is missing else l_0_cells):
            _loop_vars = {}
            pass
            yield '<li'
            if (not l_1_figure):
                pass
                yield ' class="none"'
            yield '>'
            yield escape((environment.getattr(l_1_ind, 'cell_zh') or environment.getattr(l_1_ind, 'zh')))
            yield ' '
            if l_1_figure:
                pass
                yield '<strong>'
                yield escape(t_6(l_1_figure))
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
debug_info = '2=64&3=66&4=70&6=72&7=75&8=78&9=81&15=86&16=88&17=92&18=96&19=106&22=118'