from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'theme.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'theme.html')
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
    l_0_theme = resolve('theme')
    pass
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'zh'))
    yield ' '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'en'))

def block_description(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_theme = resolve('theme')
    pass
    yield '<meta name="description" content="'
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'zh'))
    yield '：各地实践对照表。">'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_theme = resolve('theme')
    l_0_summary = resolve('summary')
    l_0_groups = resolve('groups')
    l_0_chart = resolve('chart')
    l_0_m = resolve('m')
    l_0_unplaced = resolve('unplaced')
    l_0_columns = resolve('columns')
    l_0_practices = resolve('practices')
    l_0_similar = resolve('similar')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_3 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['listed_url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'listed_url' found.")
    try:
        t_7 = environment.filters['section_url']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'section_url' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_9 = environment.filters['short_province']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'short_province' found.")
    try:
        t_10 = environment.filters['sum']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'sum' found.")
    pass
    yield '<header class="page-head">\n<p class="kicker"><a href="'
    yield escape(t_7(context, 'themes'))
    yield '">主题 <span lang="en">Themes</span></a></p>\n<h1>'
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'zh'))
    yield escape(t_1(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'en')))
    yield '</h1>\n'
    if context.call(environment.getattr(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'extra'), 'get'), 'description', _block_vars=_block_vars):
        pass
        yield '<p class="lead">'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'extra'), 'get'), 'description', _block_vars=_block_vars))
        yield '</p>'
    yield '<p class="note">'
    yield escape(t_4(t_10(environment, (undefined(name='summary') if l_0_summary is missing else l_0_summary), attribute='entries', start=[])))
    yield ' 项实践，分布于 '
    yield escape(t_4(t_5(context.eval_ctx, t_8(context, (undefined(name='summary') if l_0_summary is missing else l_0_summary), 'key'))))
    yield ' 个省份。</p>\n</header>\n'
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield '<section class="block" aria-labelledby="by-province">\n<h2 id="by-province">各省数量<span class="en" lang="en">Initiatives per province</span></h2>'
        if (undefined(name='chart') if l_0_chart is missing else l_0_chart):
            pass
            yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'profile_figure'), (undefined(name='chart') if l_0_chart is missing else l_0_chart), markup_join(('每条是该省带有此主题的实践数，一项实践计一次，不论其层级', (t_2('；另有 %d 项未标明地区，不在图中。', (undefined(name='unplaced') if l_0_unplaced is missing else l_0_unplaced)) if (undefined(name='unplaced') if l_0_unplaced is missing else l_0_unplaced) else '。'), 'Initiatives per province, each counted once whatever its level', (t_2('; not charted: %d with no region.', (undefined(name='unplaced') if l_0_unplaced is missing else l_0_unplaced)) if (undefined(name='unplaced') if l_0_unplaced is missing else l_0_unplaced) else '.'), )), _block_vars=_block_vars))
        else:
            pass
            yield '<p class="profile-one">实践仅来自 1 个省份，不作各省比较图。<span lang="en">One province: no chart comparing provinces.</span></p>'
        yield '<p class="province-links">'
        l_1_loop = missing
        for l_1_g, l_1_loop in LoopContext((undefined(name='summary') if l_0_summary is missing else l_0_summary), undefined):
            l_1_where = resolve('where')
            l_1_province_anchor = resolve('province_anchor')
            l_1_elsewhere = resolve('elsewhere')
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(t_6(context, markup_join((environment.getitem((undefined(name='where') if l_1_where is missing else l_1_where), environment.getattr(l_1_g, 'key')), '#', context.call((undefined(name='province_anchor') if l_1_province_anchor is missing else l_1_province_anchor), environment.getattr(l_1_g, 'key'), _loop_vars=_loop_vars), ))))
            yield '"'
            if (environment.getattr(l_1_g, 'key') in (undefined(name='elsewhere') if l_1_elsewhere is missing else l_1_elsewhere)):
                pass
                yield ' id="'
                yield escape(context.call((undefined(name='province_anchor') if l_1_province_anchor is missing else l_1_province_anchor), environment.getattr(l_1_g, 'key'), _loop_vars=_loop_vars))
                yield '"'
            yield '>'
            yield escape(t_9(environment.getattr(l_1_g, 'name')))
            yield ' '
            yield escape(t_4(environment.getattr(l_1_g, 'entries')))
            yield '</a>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ' · '
        l_1_loop = l_1_g = l_1_where = l_1_province_anchor = l_1_elsewhere = missing
        yield '</p>\n</section>\n\n<section class="block" aria-labelledby="table-title">\n<h2 id="table-title">对照表<span class="en" lang="en">Comparison</span></h2>\n<div class="scroll" role="region" aria-labelledby="table-title" tabindex="0">\n<table class="compare-table">\n<thead><tr>'
        for (l_1_zh, l_1_gloss) in (([('地区', 'Region'), ('实践', 'Initiative'), ('层级', 'Level'), ('做法', 'Practices')] + ([('关键数据', 'Key figures')] if (undefined(name='columns') if l_0_columns is missing else l_0_columns) else [])) + [('摘要', 'Summary')]):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(l_1_zh)
            yield ' '
            yield escape(t_1(l_1_gloss, cls=None))
            yield '</th>'
        l_1_zh = l_1_gloss = missing
        yield '</tr></thead>\n'
        for l_1_g in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
            l_1_province_anchor = resolve('province_anchor')
            _loop_vars = {}
            pass
            yield '<tbody id="'
            yield escape(context.call((undefined(name='province_anchor') if l_1_province_anchor is missing else l_1_province_anchor), environment.getattr(l_1_g, 'key'), _loop_vars=_loop_vars))
            yield '">\n<tr class="group-row"><th scope="colgroup" colspan="'
            yield escape((6 if (undefined(name='columns') if l_0_columns is missing else l_0_columns) else 5))
            yield '">'
            yield escape(environment.getattr(l_1_g, 'name'))
            yield ' <span class="count">'
            yield escape(t_4(environment.getattr(l_1_g, 'entries')))
            yield ' 项</span></th></tr>\n'
            for l_2_e in environment.getattr(l_1_g, 'entries'):
                l_2_theme_row = resolve('theme_row')
                _loop_vars = {}
                pass
                yield escape(context.call((undefined(name='theme_row') if l_2_theme_row is missing else l_2_theme_row), l_2_e, columns=(undefined(name='columns') if l_0_columns is missing else l_0_columns), _loop_vars=_loop_vars))
                yield '\n'
            l_2_e = l_2_theme_row = missing
            yield '</tbody>\n'
        l_1_g = l_1_province_anchor = missing
        yield '</table>\n</div>\n</section>\n\n'
        if (undefined(name='practices') if l_0_practices is missing else l_0_practices):
            pass
            yield '<section class="block" aria-labelledby="practices-title">\n<h2 id="practices-title">命名做法<span class="en" lang="en">Named practices</span></h2>\n<p class="practice-chips">'
            for (l_1_p, l_1_n) in (undefined(name='practices') if l_0_practices is missing else l_0_practices):
                _loop_vars = {}
                pass
                yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'practice_count_chip'), l_1_p, l_1_n, _loop_vars=_loop_vars))
                yield ' '
            l_1_p = l_1_n = missing
            yield '</p>\n</section>\n'
        yield '\n'
        if (undefined(name='similar') if l_0_similar is missing else l_0_similar):
            pass
            yield '<section class="block" aria-labelledby="similar-title">\n<h2 id="similar-title">跨地区的相似实践<span class="en" lang="en">Similar initiatives across regions</span></h2>\n<ul class="pairs">\n'
            for (l_1_a, l_1_r) in (undefined(name='similar') if l_0_similar is missing else l_0_similar):
                _loop_vars = {}
                pass
                yield '<li><a href="'
                yield escape(t_3(context, environment.getattr(l_1_a, 'slug')))
                yield '">'
                yield escape(environment.getattr(environment.getattr(l_1_a, 'item'), 'title'))
                yield '</a> <span class="muted">'
                yield escape(environment.getattr(l_1_a, 'place'))
                yield '</span>\n<span class="pair-sep" aria-hidden="true">↔</span><span class="visually-hidden">与</span>\n<a href="'
                yield escape(t_3(context, environment.getattr(environment.getattr(l_1_r, 'entry'), 'slug')))
                yield '">'
                yield escape(environment.getattr(environment.getattr(environment.getattr(l_1_r, 'entry'), 'item'), 'title'))
                yield '</a> <span class="muted">'
                yield escape(environment.getattr(environment.getattr(l_1_r, 'entry'), 'place'))
                yield '</span>\n'
                if environment.getattr(l_1_r, 'reason'):
                    pass
                    yield '<span class="reason">'
                    yield escape(environment.getattr(l_1_r, 'reason'))
                    yield '</span>'
                yield '</li>\n'
            l_1_a = l_1_r = missing
            yield '</ul>\n</section>\n'
    else:
        pass
        yield '<p class="muted">暂无这一主题的实践。<span lang="en">No initiatives yet.</span></p>\n'
    template = environment.get_template('_pager.html', 'theme.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'description': block_description, 'main': block_main}
debug_info = '1=12&2=17&3=30&4=43&6=121&7=123&8=126&9=132&11=136&14=139&15=141&23=147&24=154&25=156&26=162&37=171&40=175&43=181&44=186&45=188&46=190&47=194&55=204&59=207&60=210&65=215&69=218&70=222&72=228&73=234&81=245'