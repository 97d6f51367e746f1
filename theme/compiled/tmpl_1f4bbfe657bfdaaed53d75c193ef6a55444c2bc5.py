from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'compare.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'compare.html')
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
    yield '数据比较 Compare'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_groups = resolve('groups')
    l_0_summary = resolve('summary')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['indicator_url']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indicator_url' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['listed_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'listed_url' found.")
    pass
    yield '<header class="page-head">\n<h1>数据比较<span class="en" lang="en">Compare figures</span></h1>\n<p class="note">把各篇报道中的数字归入可比较的指标，按主题排列：一个指标只收同一类、同一单位的数字（数量、比率、金额、每单位、前后变化各自成图），同一事实只计一次。每个指标列出最大的几项，点开看全部数字及原文。<span lang="en">Figures grouped into comparable indicators, by theme: one kind and one unit per indicator, each fact counted once; the largest few here, every figure with its source quote on its own page.</span></p>\n</header>\n'
    if (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        pass
        yield '<nav class="toc" aria-label="主题 Themes"><ul>'
        for l_1_g in (undefined(name='summary') if l_0_summary is missing else l_0_summary):
            l_1_where = resolve('where')
            l_1_compare_anchor = resolve('compare_anchor')
            l_1_elsewhere = resolve('elsewhere')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(t_4(context, markup_join((environment.getitem((undefined(name='where') if l_1_where is missing else l_1_where), environment.getattr(l_1_g, 'key')), '#', context.call((undefined(name='compare_anchor') if l_1_compare_anchor is missing else l_1_compare_anchor), environment.getattr(l_1_g, 'key'), _loop_vars=_loop_vars), ))))
            yield '"'
            if (environment.getattr(l_1_g, 'key') in (undefined(name='elsewhere') if l_1_elsewhere is missing else l_1_elsewhere)):
                pass
                yield ' id="'
                yield escape(context.call((undefined(name='compare_anchor') if l_1_compare_anchor is missing else l_1_compare_anchor), environment.getattr(l_1_g, 'key'), _loop_vars=_loop_vars))
                yield '"'
            yield '>'
            yield escape(environment.getattr(l_1_g, 'name'))
            yield '</a> <span class="count">'
            yield escape(t_3(environment.getattr(l_1_g, 'entries')))
            yield '</span></li>'
        l_1_g = l_1_where = l_1_compare_anchor = l_1_elsewhere = missing
        yield '</ul></nav>\n'
        for l_1_g in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
            l_1_compare_anchor = resolve('compare_anchor')
            _loop_vars = {}
            pass
            yield '<section class="block compare-group" aria-labelledby="'
            yield escape(context.call((undefined(name='compare_anchor') if l_1_compare_anchor is missing else l_1_compare_anchor), environment.getattr(l_1_g, 'key'), _loop_vars=_loop_vars))
            yield '">\n<h2 id="'
            yield escape(context.call((undefined(name='compare_anchor') if l_1_compare_anchor is missing else l_1_compare_anchor), environment.getattr(l_1_g, 'key'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_g, 'name'))
            yield '</h2>\n<div class="cards">\n'
            for l_2_card in environment.getattr(l_1_g, 'entries'):
                l_2_ind = missing
                _loop_vars = {}
                pass
                l_2_ind = environment.getattr(l_2_card, 'indicator')
                _loop_vars['ind'] = l_2_ind
                yield '<article class="indicator-card" aria-labelledby="'
                yield escape(environment.getattr((undefined(name='ind') if l_2_ind is missing else l_2_ind), 'slug'))
                yield '">\n<h3 id="'
                yield escape(environment.getattr((undefined(name='ind') if l_2_ind is missing else l_2_ind), 'slug'))
                yield '"><a href="'
                yield escape(t_2(context, environment.getattr((undefined(name='ind') if l_2_ind is missing else l_2_ind), 'slug')))
                yield '">'
                yield escape(environment.getattr((undefined(name='ind') if l_2_ind is missing else l_2_ind), 'zh'))
                yield '</a>'
                yield escape(t_1(environment.getattr((undefined(name='ind') if l_2_ind is missing else l_2_ind), 'en')))
                yield '</h3>\n<p class="card-note">'
                yield escape(environment.getattr(l_2_card, 'note'))
                yield '</p>\n<figure class="chart-figure">'
                yield escape(environment.getattr(l_2_card, 'chart'))
                yield '</figure>\n<p class="more"><a href="'
                yield escape(t_2(context, environment.getattr((undefined(name='ind') if l_2_ind is missing else l_2_ind), 'slug')))
                yield '">全部 '
                yield escape(environment.getattr(l_2_card, 'total'))
                yield ' 项及原文 '
                yield escape(t_1(markup_join(('All ', environment.getattr(l_2_card, 'total'), ', with quotes', )), cls=None))
                yield '</a></p>\n</article>\n'
            l_2_card = l_2_ind = missing
            yield '</div>\n</section>\n'
        l_1_g = l_1_compare_anchor = missing
    else:
        pass
        yield '<p class="muted">暂无可比较的数据。</p>\n'
    template = environment.get_template('_pager.html', 'compare.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=12&2=17&3=27&11=62&13=65&14=72&15=74&16=82&19=86&20=91&21=93&23=97&24=104&25=106&26=114&27=116&28=118&29=122&38=130'