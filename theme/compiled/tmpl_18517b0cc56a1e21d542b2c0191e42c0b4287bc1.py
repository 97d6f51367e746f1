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
    l_0_empty = resolve('empty')
    l_0_rows = resolve('rows')
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
        t_3 = environment.filters['level_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'level_url' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['theme_url']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'theme_url' found.")
    pass
    yield '<header class="page-head">\n<h1>层级<span class="en" lang="en">Administrative levels</span></h1>\n<p class="note">实施单位所在的行政层级，以及各层级做什么：按层级看主题与命名做法。<span lang="en">The level of the unit that carries out the initiative, and what each level does.</span></p>\n</header>\n<ul class="theme-list">\n'
    for l_1_c in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
        l_1_ix = resolve('ix')
        l_1_l = missing
        _loop_vars = {}
        pass
        l_1_l = context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'level_label'), environment.getattr(l_1_c, 'slug'), _loop_vars=_loop_vars)
        _loop_vars['l'] = l_1_l
        yield '<li><a href="'
        yield escape(t_3(context, environment.getattr(l_1_c, 'slug')))
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
    l_1_c = l_1_ix = l_1_l = missing
    yield '</ul>\n'
    if (undefined(name='empty') if l_0_empty is missing else l_0_empty):
        pass
        yield '<p class="muted">本期文摘暂无以下层级的实践：'
        yield escape(t_2(context.eval_ctx, t_4(context, (undefined(name='empty') if l_0_empty is missing else l_0_empty), attribute='zh'), '、'))
        yield '。<span lang="en">The digest has no initiatives at these levels yet.</span></p>\n'
    if ((undefined(name='columns') if l_0_columns is missing else l_0_columns) and (undefined(name='rows') if l_0_rows is missing else l_0_rows)):
        pass
        yield '<section class="block" aria-labelledby="themes-by-level">\n<h2 id="themes-by-level">各层级的主题<span class="en" lang="en">Themes by level</span></h2>\n<div class="scroll" role="region" aria-labelledby="themes-by-level" tabindex="0">\n<table class="matrix level-matrix">\n<thead><tr><th scope="col">主题 <span lang="en">Theme</span></th>'
        for l_1_c in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
            l_1_ix = resolve('ix')
            _loop_vars = {}
            pass
            yield '<th scope="col"><a href="'
            yield escape(t_3(context, environment.getattr(l_1_c, 'slug')))
            yield '">'
            yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'level_label'), environment.getattr(l_1_c, 'slug'), _loop_vars=_loop_vars), 'zh'))
            yield '</a></th>'
        l_1_c = l_1_ix = missing
        yield '</tr></thead>\n<tbody>\n'
        for l_1_r in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
            l_1_ix = resolve('ix')
            _loop_vars = {}
            pass
            yield '<tr><th scope="row"><a href="'
            yield escape(t_5(context, environment.getattr(l_1_r, 'slug')))
            yield '">'
            yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'theme_label'), environment.getattr(l_1_r, 'slug'), _loop_vars=_loop_vars), 'zh'))
            yield '</a></th>'
            for l_2_n in environment.getattr(l_1_r, 'counts'):
                _loop_vars = {}
                pass
                yield '<td>'
                if l_2_n:
                    pass
                    yield escape(l_2_n)
                else:
                    pass
                    yield '<span class="muted" aria-label="无">·</span>'
                yield '</td>'
            l_2_n = missing
            yield '</tr>\n'
        l_1_r = l_1_ix = missing
        yield '</tbody>\n</table>\n</div>\n</section>\n<section class="block" aria-labelledby="practices-by-level">\n<h2 id="practices-by-level">各层级的命名做法<span class="en" lang="en">Named practices by level</span></h2>\n<dl class="level-practices">\n'
        for l_1_c in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
            l_1_ix = resolve('ix')
            _loop_vars = {}
            pass
            yield '<div><dt><a href="'
            yield escape(t_3(context, environment.getattr(l_1_c, 'slug')))
            yield '">'
            yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'level_label'), environment.getattr(l_1_c, 'slug'), _loop_vars=_loop_vars), 'zh'))
            yield '</a></dt>\n<dd>'
            if environment.getattr(l_1_c, 'practices'):
                pass
                for (l_2_p, l_2_n) in environment.getattr(l_1_c, 'practices'):
                    l_2_m = resolve('m')
                    _loop_vars = {}
                    pass
                    yield escape(context.call(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'practice_count_chip'), l_2_p, l_2_n, _loop_vars=_loop_vars))
                    yield ' '
                l_2_p = l_2_n = l_2_m = missing
                if environment.getattr(l_1_c, 'more_practices'):
                    pass
                    yield '<span class="muted">另有 '
                    yield escape(environment.getattr(l_1_c, 'more_practices'))
                    yield ' 个</span>'
            else:
                pass
                yield '<span class="muted">暂无命名做法</span>'
            yield '</dd></div>\n'
        l_1_c = l_1_ix = missing
        yield '</dl>\n</section>\n'

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=27&10=69&11=77&12=83&13=85&16=93&17=96&20=98&26=101&29=112&30=117&31=121&41=136&42=141&43=145&44=147&45=154'