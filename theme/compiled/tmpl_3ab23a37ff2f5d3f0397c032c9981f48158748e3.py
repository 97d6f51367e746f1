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
    l_0_latest = resolve('latest')
    l_0_m = resolve('m')
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
        yield '<section class="block" aria-labelledby="matrix-title">\n<h2 id="matrix-title">主题 × 省份<span class="en" lang="en">Themes by province</span></h2>\n<p class="note">数字为实践数量，点击查看。<span lang="en">Each number links to the initiatives.</span></p>\n<p class="scroll-hint" aria-hidden="true">← 左右滑动查看全部省份 <span lang="en">Swipe for more provinces</span> →</p>\n<div class="scroll scroll-x" role="region" aria-labelledby="matrix-title" tabindex="0">\n<table class="matrix">\n<thead><tr><th scope="col">主题 <span lang="en">Theme</span></th>'
        for l_1_p in environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'provinces'):
            _loop_vars = {}
            pass
            yield '<th scope="col"><a href="'
            yield escape(t_6(context, l_1_p))
            yield '" title="'
            yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'regions'), l_1_p), 'name'))
            yield '">'
            yield escape(t_9(environment.getattr(environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'regions'), l_1_p), 'name')))
            yield '</a></th>'
        l_1_p = missing
        yield '<th scope="col">合计</th></tr></thead>\n<tbody>\n'
        for (l_1_theme, l_1_cells, l_1_total) in (undefined(name='matrix') if l_0_matrix is missing else l_0_matrix):
            _loop_vars = {}
            pass
            yield '<tr><th scope="row"><a href="'
            yield escape(t_10(context, l_1_theme))
            yield '">'
            yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'theme_label'), l_1_theme, _loop_vars=_loop_vars), 'zh'))
            yield '</a></th>\n'
            for (l_2_province, l_2_n, l_2_only) in l_1_cells:
                l_2_heat = resolve('heat')
                _loop_vars = {}
                pass
                yield '<td class="'
                yield escape(context.call((undefined(name='heat') if l_2_heat is missing else l_2_heat), l_2_n, _loop_vars=_loop_vars))
                yield '">'
                if l_2_n:
                    pass
                    yield '<a href="'
                    yield escape((t_4(context, l_2_only) if l_2_only else t_10(context, l_1_theme, l_2_province)))
                    yield '" aria-label="'
                    yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'theme_label'), l_1_theme, _loop_vars=_loop_vars), 'zh'))
                    yield ' · '
                    yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'regions'), l_2_province), 'name'))
                    yield '：'
                    yield escape(l_2_n)
                    yield ' 项">'
                    yield escape(l_2_n)
                    yield '</a>'
                yield '</td>'
            l_2_province = l_2_n = l_2_only = l_2_heat = missing
            yield '<td class="total">'
            yield escape(l_1_total)
            yield '</td></tr>\n'
        l_1_theme = l_1_cells = l_1_total = missing
        yield '</tbody>\n</table>\n</div>\n</section>\n'
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
debug_info = '1=13&4=16&2=29&3=39&5=58&7=127&10=130&16=132&17=136&18=140&19=144&23=148&31=151&32=155&36=163&37=167&38=171&39=176&40=178&41=181&42=183&46=194&57=199&65=203&70=213&72=216&77=222'