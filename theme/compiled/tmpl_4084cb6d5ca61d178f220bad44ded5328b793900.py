from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'regions.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'regions.html')
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
    yield '地区 Regions'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_provinces = resolve('provinces')
    l_0_unplaced = resolve('unplaced')
    l_0_total = resolve('total')
    l_0_m = resolve('m')
    try:
        t_1 = environment.filters['compared_url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'compared_url' found.")
    try:
        t_2 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['region_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'region_url' found.")
    try:
        t_5 = environment.filters['theme_url']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'theme_url' found.")
    pass
    yield '<header class="page-head">\n<h1>地区<span class="en" lang="en">Regions</span></h1>\n<p class="note">各省（区、市）的实践数量、主要主题、常用做法和数据指标；点省名看它的市、县。网址以行政区划代码为键。<span lang="en">Each province at a glance; its cities and counties are on its own page.</span></p>\n</header>\n'
    if (undefined(name='provinces') if l_0_provinces is missing else l_0_provinces):
        pass
        yield '<ul class="province-list" aria-label="各省概览 Provinces">\n'
        l_1_loop = missing
        for l_1_p, l_1_loop in LoopContext((undefined(name='provinces') if l_0_provinces is missing else l_0_provinces), undefined):
            l_1_node = missing
            _loop_vars = {}
            pass
            l_1_node = environment.getattr(l_1_p, 'node')
            _loop_vars['node'] = l_1_node
            yield '<li>\n<h2 class="province-name"><a href="'
            yield escape(t_4(context, environment.getattr((undefined(name='node') if l_1_node is missing else l_1_node), 'key')))
            yield '">'
            yield escape(environment.getattr((undefined(name='node') if l_1_node is missing else l_1_node), 'name'))
            yield '</a></h2>\n<p class="province-counts"><span class="count">'
            yield escape(t_3(environment.getattr((undefined(name='node') if l_1_node is missing else l_1_node), 'slugs')))
            yield ' 项实践</span>'
            if context.call(environment.getattr(environment.getattr(l_1_p, 'places'), 'get'), 'city', _loop_vars=_loop_vars):
                pass
                yield ' <span class="count">'
                yield escape(environment.getitem(environment.getattr(l_1_p, 'places'), 'city'))
                yield ' 个市</span>'
            if context.call(environment.getattr(environment.getattr(l_1_p, 'places'), 'get'), 'county', _loop_vars=_loop_vars):
                pass
                yield ' <span class="count">'
                yield escape(environment.getitem(environment.getattr(l_1_p, 'places'), 'county'))
                yield ' 个县（市、区）</span>'
            yield '</p>\n<dl class="province-facts">\n'
            if environment.getattr(l_1_p, 'themes'):
                pass
                yield '<div><dt>主题</dt><dd>'
                l_2_loop = missing
                for (l_2_t, l_2_n), l_2_loop in LoopContext(environment.getattr(l_1_p, 'themes'), undefined):
                    l_2_ix = resolve('ix')
                    _loop_vars = {}
                    pass
                    yield '<a href="'
                    yield escape(t_5(context, l_2_t))
                    yield '">'
                    yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_2_ix is missing else l_2_ix), 'theme_label'), l_2_t, _loop_vars=_loop_vars), 'zh'))
                    yield '</a> <span class="count">'
                    yield escape(l_2_n)
                    yield '</span>'
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '、'
                l_2_loop = l_2_t = l_2_n = l_2_ix = missing
                yield '</dd></div>'
            if environment.getattr(l_1_p, 'practices'):
                pass
                yield '<div><dt>做法</dt><dd>'
                for (l_2_pr, l_2_n) in environment.getattr(l_1_p, 'practices'):
                    _loop_vars = {}
                    pass
                    yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'practice_count_chip'), l_2_pr, l_2_n, _loop_vars=_loop_vars))
                    yield ' '
                l_2_pr = l_2_n = missing
                yield '</dd></div>'
            if environment.getattr(l_1_p, 'indicators'):
                pass
                yield '<div><dt>数据</dt><dd>'
                l_2_loop = missing
                for (l_2_ind, l_2_n), l_2_loop in LoopContext(environment.getattr(l_1_p, 'indicators'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<a href="'
                    yield escape(t_1(context, environment.getattr(l_2_ind, 'slug')))
                    yield '">'
                    yield escape(environment.getattr(l_2_ind, 'zh'))
                    yield '</a> <span class="count">'
                    yield escape(l_2_n)
                    yield '</span>'
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '、'
                l_2_loop = l_2_ind = l_2_n = missing
                yield '</dd></div>'
            yield '</dl>\n</li>\n'
        l_1_loop = l_1_p = l_1_node = missing
        yield '</ul>\n'
    if (undefined(name='unplaced') if l_0_unplaced is missing else l_0_unplaced):
        pass
        yield '<section class="block" aria-labelledby="unplaced-title">\n<h2 id="unplaced-title">地区未标明<span class="en" lang="en">No region</span> <span class="count">'
        yield escape((undefined(name='total') if l_0_total is missing else l_0_total))
        yield ' 项</span></h2>\n'
        yield escape(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cards'), (undefined(name='unplaced') if l_0_unplaced is missing else l_0_unplaced), 3, _block_vars=_block_vars))
        yield '\n</section>\n'
    template = environment.get_template('_pager.html', 'regions.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=27&9=70&11=74&13=81&14=85&15=87&16=92&18=98&19=102&20=107&21=113&24=118&25=121&27=128&28=132&29=136&30=142&38=150&40=153&41=155&44=157'