from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'home.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_heat = missing
    pass
    parent_template = environment.get_template('base.html', 'home.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_n):
        t_1 = []
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        t_1.append(
            escape(('heat-0' if (l_1_n == 0) else ('heat-1' if (l_1_n == 1) else ('heat-2' if (l_1_n < 4) else 'heat-3')))),
        )
        return concat(t_1)
    context.exported_vars.add('heat')
    context.vars['heat'] = l_0_heat = Macro(environment, macro, 'heat', ('n',), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '首页 Home'

def block_description(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_ix = resolve('ix')
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<meta name="description" content="'
    yield escape(t_2(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'entries')))
    yield ' 项基层治理实践，按主题、地区、层级、做法和数据对照阅读。">'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site_name = resolve('site_name')
    l_0_site_name_en = resolve('site_name_en')
    l_0_ix = resolve('ix')
    l_0_matrix = resolve('matrix')
    l_0_m = resolve('m')
    l_0_latest = resolve('latest')
    try:
        t_3 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_4 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['region_url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'region_url' found.")
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
        t_10 = environment.filters['theme_url']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'theme_url' found.")
    pass
    yield '<section class="hero" aria-labelledby="hero-title">\n<h1 id="hero-title">'
    yield escape((undefined(name='site_name') if l_0_site_name is missing else l_0_site_name))
    yield escape(t_3((undefined(name='site_name_en') if l_0_site_name_en is missing else l_0_site_name_en)))
    yield '</h1>\n<p class="tagline">从报纸版面中整理的基层治理与党建实践：各地怎样解决同一个问题？按主题、地区、层级、做法和数据对照阅读。<span class="en" lang="en">Grassroots governance practices from Chinese newspapers, compared across regions.</span></p>\n<form class="search-box" role="search" action="'
    yield escape(t_7(context, 'search'))
    yield '" method="get">\n<label for="home-q" class="visually-hidden">搜索全部实践 Search</label>\n<input id="home-q" name="q" type="search" placeholder="搜索：网格员、双报到、回民区…" autocomplete="off">\n<button type="submit">搜索<span class="en" lang="en">Search</span></button>\n</form>\n<ul class="stats">\n<li><a href="'
    yield escape(t_7(context, 'initiatives'))
    yield '"><strong>'
    yield escape(t_2(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'entries')))
    yield '</strong> 项实践<span class="en" lang="en">initiatives</span></a></li>\n<li><a href="'
    yield escape(t_7(context, 'regions'))
    yield '"><strong>'
    yield escape(t_2(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'provinces')))
    yield '</strong> 个省份<span class="en" lang="en">provinces</span></a></li>\n<li><a href="'
    yield escape(t_7(context, 'themes'))
    yield '"><strong>'
    yield escape(t_2((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix)))
    yield '</strong> 个主题<span class="en" lang="en">themes</span></a></li>\n<li><a href="'
    yield escape(t_7(context, 'practices'))
    yield '"><strong>'
    yield escape(t_2(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'practices')))
    yield '</strong> 个命名做法<span class="en" lang="en">named practices</span></a></li>\n</ul>\n</section>\n\n'
    if ((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix) and environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'provinces')):
        pass
        yield '<section class="block" aria-labelledby="matrix-title">\n<h2 id="matrix-title">主题 × 省份<span class="en" lang="en">Themes by province</span></h2>\n<p class="note">数字为实践数量，点击查看。<span lang="en">Each number links to the initiatives.</span></p>\n'
        def macro():
            t_11 = []
            pass
            t_11.append(
                '<table class="matrix">\n<thead><tr><th scope="col">主题 <span lang="en">Theme</span></th>',
            )
            for l_2_p in environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'provinces'):
                _loop_vars = {}
                pass
                t_11.extend((
                    '<th scope="col"><a href="',
                    escape(t_6(context, l_2_p)),
                    '" title="',
                    escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'regions'), l_2_p), 'name')),
                    '">',
                    escape(t_9(environment.getattr(environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'regions'), l_2_p), 'name'))),
                    '</a></th>',
                ))
            l_2_p = missing
            t_11.append(
                '<th scope="col">合计</th></tr></thead>\n<tbody>\n',
            )
            for (l_2_theme, l_2_cells, l_2_total) in (undefined(name='matrix') if l_0_matrix is missing else l_0_matrix):
                _loop_vars = {}
                pass
                t_11.extend((
                    '<tr><th scope="row"><a href="',
                    escape(t_10(context, l_2_theme)),
                    '">',
                    escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'theme_label'), l_2_theme, _loop_vars=_loop_vars), 'zh')),
                    '</a></th>\n',
                ))
                for (l_3_province, l_3_n, l_3_only) in l_2_cells:
                    l_3_heat = resolve('heat')
                    _loop_vars = {}
                    pass
                    t_11.extend((
                        '<td class="',
                        escape(context.call((undefined(name='heat') if l_3_heat is missing else l_3_heat), l_3_n, _loop_vars=_loop_vars)),
                        '">',
                    ))
                    if l_3_n:
                        pass
                        t_11.extend((
                            '<a href="',
                            escape((t_4(context, l_3_only) if l_3_only else t_10(context, l_2_theme, l_3_province))),
                            '" aria-label="',
                            escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'theme_label'), l_2_theme, _loop_vars=_loop_vars), 'zh')),
                            ' · ',
                            escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'regions'), l_3_province), 'name')),
                            '：',
                            escape(l_3_n),
                            ' 项">',
                            escape(l_3_n),
                            '</a>',
                        ))
                    t_11.append(
                        '</td>',
                    )
                l_3_province = l_3_n = l_3_only = l_3_heat = missing
                t_11.extend((
                    '<td class="total">',
                    escape(l_2_total),
                    '</td></tr>\n',
                ))
            l_2_theme = l_2_cells = l_2_total = missing
            t_11.append(
                '</tbody>\n</table>\n',
            )
            return concat(t_11)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'scroll_table'), 'matrix-title', '全部省份', 'Swipe for more provinces', caller=caller, _block_vars=_block_vars)
        yield '</section>\n'
    yield '\n<section class="block" aria-labelledby="browse-title">\n<h2 id="browse-title">浏览<span class="en" lang="en">Browse</span></h2>\n<ul class="entry-points">\n'
    for (l_1_name, l_1_zh, l_1_gloss, l_1_desc) in [('themes', '按主题', 'By theme', '同一主题下各地做法的对照表'), ('regions', '按地区', 'By region', '省 → 市 → 县逐级查看'), ('levels', '按层级', 'By level', '各层级做什么：主题与命名做法'), ('practices', '命名做法', 'Named practices', '“双报到”“红色物业”等做法词汇表'), ('compare', '数据比较', 'Compare figures', '网格、网格员、党组织、驿站等指标并列'), ('initiatives', '全部实践', 'All initiatives', '按省份排列的完整清单')]:
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(t_7(context, l_1_name))
        yield '"><strong>'
        yield escape(l_1_zh)
        yield '</strong>'
        yield escape(t_3(l_1_gloss))
        yield '<span class="desc">'
        yield escape(l_1_desc)
        yield '</span></a></li>\n'
    l_1_name = l_1_zh = l_1_gloss = l_1_desc = missing
    yield '</ul>\n</section>\n\n'
    if (undefined(name='latest') if l_0_latest is missing else l_0_latest):
        pass
        yield '<section class="block" aria-labelledby="latest-title">\n'
        if t_5(context.eval_ctx, t_8(context, (undefined(name='latest') if l_0_latest is missing else l_0_latest), 'item.date')):
            pass
            yield '<h2 id="latest-title">最新实践<span class="en" lang="en">Latest</span></h2>'
        else:
            pass
            yield '<h2 id="latest-title">实践选读<span class="en" lang="en">A few initiatives</span></h2>'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cards'), (undefined(name='latest') if l_0_latest is missing else l_0_latest), 3, _block_vars=_block_vars))
        yield '\n</section>\n'

blocks = {'title': block_title, 'description': block_description, 'main': block_main}
debug_info = '1=13&4=16&2=29&3=39&5=58&7=127&10=130&16=132&17=136&18=140&19=144&23=148&27=151&30=157&31=162&35=173&36=178&37=183&38=189&39=192&40=196&41=198&45=213&27=222&56=225&64=229&69=239&71=242&76=248'