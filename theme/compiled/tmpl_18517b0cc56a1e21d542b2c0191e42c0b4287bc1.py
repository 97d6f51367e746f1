from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'levels.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'levels.html')
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
    yield '层级 Levels'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_columns = resolve('columns')
    l_0_unleveled = resolve('unleveled')
    l_0_ix = resolve('ix')
    l_0_empty = resolve('empty')
    l_0_rows = resolve('rows')
    l_0_m = resolve('m')
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
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['level_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'level_url' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['theme_url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'theme_url' found.")
    pass
    yield '<header class="page-head">\n<h1>层级<span class="en" lang="en">Administrative levels</span></h1>\n<p class="note">实施单位所在的行政层级，以及各层级做什么：按层级看主题与命名做法。<span lang="en">The level of the unit that carries out the initiative, and what each level does.</span></p>\n</header>\n<ul class="theme-list">\n'
    for l_1_c in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
        l_1_l = missing
        _loop_vars = {}
        pass
        l_1_l = context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'level_label'), environment.getattr(l_1_c, 'slug'), _loop_vars=_loop_vars)
        _loop_vars['l'] = l_1_l
        yield '<li><a href="'
        yield escape(t_4(context, environment.getattr(l_1_c, 'slug')))
        yield '"><strong>'
        yield escape(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'zh'))
        yield '</strong>'
        yield escape(t_1(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'en')))
        yield '</a>\n<span class="count">'
        yield escape(environment.getattr(l_1_c, 'count'))
        yield ' 项</span>'
        if context.call(environment.getattr(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'extra'), 'get'), 'description', _loop_vars=_loop_vars):
            pass
            yield '<span class="where">'
            yield escape(context.call(environment.getattr(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'extra'), 'get'), 'description', _loop_vars=_loop_vars))
            yield '</span>'
        yield '</li>\n'
    l_1_c = l_1_l = missing
    if (undefined(name='unleveled') if l_0_unleveled is missing else l_0_unleveled):
        pass
        yield '<li><strong>未定层级</strong><span class="en" lang="en">No level</span>\n<span class="count">'
        yield escape((undefined(name='unleveled') if l_0_unleveled is missing else l_0_unleveled))
        yield ' 项</span><span class="where">原文未写明实施单位的层级</span></li>\n'
    yield '</ul>\n'
    if (undefined(name='unleveled') if l_0_unleveled is missing else l_0_unleveled):
        pass
        yield '<p class="note">共 '
        yield escape(t_3(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'entries')))
        yield ' 项实践，其中 '
        yield escape((undefined(name='unleveled') if l_0_unleveled is missing else l_0_unleveled))
        yield ' 项未定层级。'
        yield escape(t_1(markup_join(((undefined(name='unleveled') if l_0_unleveled is missing else l_0_unleveled), ' of ', t_3(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'entries')), ' initiatives have no level.', )), cls=None))
        yield '</p>\n'
    if (undefined(name='empty') if l_0_empty is missing else l_0_empty):
        pass
        yield '<p class="muted">本期文摘暂无以下层级的实践：'
        yield escape(t_2(context.eval_ctx, t_5(context, (undefined(name='empty') if l_0_empty is missing else l_0_empty), attribute='zh'), '、'))
        yield '。<span lang="en">The digest has no initiatives at these levels yet.</span></p>\n'
    if ((undefined(name='columns') if l_0_columns is missing else l_0_columns) and (undefined(name='rows') if l_0_rows is missing else l_0_rows)):
        pass
        yield '<section class="block" aria-labelledby="themes-by-level">\n<h2 id="themes-by-level">各层级的主题<span class="en" lang="en">Themes by level</span></h2>\n'
        def macro():
            t_7 = []
            pass
            t_7.append(
                '<table class="matrix level-matrix">\n<thead><tr><th scope="col">主题 <span lang="en">Theme</span></th>',
            )
            for l_2_c in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
                _loop_vars = {}
                pass
                t_7.extend((
                    '<th scope="col"><a href="',
                    escape(t_4(context, environment.getattr(l_2_c, 'slug'))),
                    '">',
                    escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'level_label'), environment.getattr(l_2_c, 'slug'), _loop_vars=_loop_vars), 'zh')),
                    '</a></th>',
                ))
            l_2_c = missing
            t_7.append(
                '</tr></thead>\n<tbody>\n',
            )
            for l_2_r in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
                _loop_vars = {}
                pass
                t_7.extend((
                    '<tr><th scope="row"><a href="',
                    escape(t_6(context, environment.getattr(l_2_r, 'slug'))),
                    '">',
                    escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'theme_label'), environment.getattr(l_2_r, 'slug'), _loop_vars=_loop_vars), 'zh')),
                    '</a></th>',
                ))
                for l_3_n in environment.getattr(l_2_r, 'counts'):
                    _loop_vars = {}
                    pass
                    t_7.append(
                        '<td>',
                    )
                    if l_3_n:
                        pass
                        t_7.append(
                            escape(l_3_n),
                        )
                    else:
                        pass
                        t_7.append(
                            '<span class="muted" aria-label="无">·</span>',
                        )
                    t_7.append(
                        '</td>',
                    )
                l_3_n = missing
                t_7.append(
                    '</tr>\n',
                )
            l_2_r = missing
            t_7.append(
                '</tbody>\n</table>\n',
            )
            return concat(t_7)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'scroll_table'), 'themes-by-level', '全部层级', 'Swipe for more levels', caller=caller, _block_vars=_block_vars)
        yield '</section>\n<section class="block" aria-labelledby="practices-by-level">\n<h2 id="practices-by-level">各层级的命名做法<span class="en" lang="en">Named practices by level</span></h2>\n<dl class="level-practices">\n'
        for l_1_c in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
            _loop_vars = {}
            pass
            yield '<div><dt><a href="'
            yield escape(t_4(context, environment.getattr(l_1_c, 'slug')))
            yield '">'
            yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'level_label'), environment.getattr(l_1_c, 'slug'), _loop_vars=_loop_vars), 'zh'))
            yield '</a></dt>\n<dd>'
            if environment.getattr(l_1_c, 'practices'):
                pass
                for (l_2_p, l_2_n) in environment.getattr(l_1_c, 'practices'):
                    _loop_vars = {}
                    pass
                    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'practice_count_chip'), l_2_p, l_2_n, _loop_vars=_loop_vars))
                    yield ' '
                l_2_p = l_2_n = missing
                if environment.getattr(l_1_c, 'more_practices'):
                    pass
                    yield '<span class="muted">另有 '
                    yield escape(environment.getattr(l_1_c, 'more_practices'))
                    yield ' 个</span>'
            else:
                pass
                yield '<span class="muted">暂无命名做法</span>'
            yield '</dd></div>\n'
        l_1_c = missing
        yield '</dl>\n</section>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=27&10=78&11=85&12=91&13=93&15=100&17=103&20=106&21=109&22=113&24=115&25=118&28=120&31=123&34=129&37=143&38=148&39=153&31=182&49=184&50=188&51=192&52=194&53=200'