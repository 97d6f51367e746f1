from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'compare.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_sections = resolve('sections')
    l_0_first = missing
    pass
    parent_template = environment.get_template('base.html', 'compare.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_first = (environment.getitem((undefined(name='sections') if l_0_sections is missing else l_0_sections), 0) if (undefined(name='sections') if l_0_sections is missing else l_0_sections) else None)
    context.vars['first'] = l_0_first
    context.exported_vars.add('first')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_single = resolve('single')
    l_0_first = resolve('first')
    pass
    if (undefined(name='single') if l_0_single is missing else l_0_single):
        pass
        yield escape(environment.getattr(environment.getattr((undefined(name='first') if l_0_first is missing else l_0_first), 'indicator'), 'zh'))
        yield ' · '
    yield '数据比较 Compare'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_single = resolve('single')
    l_0_first = resolve('first')
    l_0_sections = resolve('sections')
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
        t_5 = environment.filters['metric']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'metric' found.")
    try:
        t_6 = environment.filters['section_url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'section_url' found.")
    pass
    yield '<header class="page-head">\n'
    if (undefined(name='single') if l_0_single is missing else l_0_single):
        pass
        yield '<p class="kicker"><a href="'
        yield escape(t_6(context, 'compare'))
        yield '">数据比较 <span lang="en">Compare</span></a></p>\n<h1>'
        yield escape(environment.getattr(environment.getattr((undefined(name='first') if l_0_first is missing else l_0_first), 'indicator'), 'zh'))
        yield escape(t_1(environment.getattr(environment.getattr((undefined(name='first') if l_0_first is missing else l_0_first), 'indicator'), 'en')))
        yield '</h1>\n<p class="note">全部 '
        yield escape(environment.getattr((undefined(name='first') if l_0_first is missing else l_0_first), 'total'))
        yield ' 项数据，按数值从大到小排列；每个数字都附原文。</p>\n'
    else:
        pass
        yield '<h1>数据比较<span class="en" lang="en">Compare figures</span></h1>\n<p class="note">把各篇报道中的数字归入可比较的指标：一个指标只收同一类、同一单位的数字（数量、比率、金额、每单位、前后变化各自成图），同一事实只计一次；每个数字都附原文。<span lang="en">Figures grouped into comparable indicators: one kind and one unit per indicator, each fact counted once, each with its source quote.</span></p>\n'
    yield '</header>\n'
    if (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        pass
        if (not (undefined(name='single') if l_0_single is missing else l_0_single)):
            pass
            yield '<nav class="toc" aria-label="指标 Indicators"><ul>'
            for l_1_sec in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
                _loop_vars = {}
                pass
                yield '<li><a href="#'
                yield escape(environment.getattr(environment.getattr(l_1_sec, 'indicator'), 'slug'))
                yield '">'
                yield escape(environment.getattr(environment.getattr(l_1_sec, 'indicator'), 'zh'))
                yield '</a> <span class="count">'
                yield escape(environment.getattr(l_1_sec, 'total'))
                yield '</span></li>'
            l_1_sec = missing
            yield '</ul></nav>\n'
        for l_1_sec in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
            l_1_kind_names = resolve('kind_names')
            l_1_ix = resolve('ix')
            l_1_ind = missing
            _loop_vars = {}
            pass
            l_1_ind = environment.getattr(l_1_sec, 'indicator')
            _loop_vars['ind'] = l_1_ind
            yield '<section class="block indicator" aria-labelledby="'
            yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'slug'))
            yield '">\n'
            if (not (undefined(name='single') if l_0_single is missing else l_0_single)):
                pass
                yield '<h2 id="'
                yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'slug'))
                yield '">'
                yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'zh'))
                yield escape(t_1(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'en')))
                yield '</h2>'
            else:
                pass
                yield '<h2 id="'
                yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'slug'))
                yield '" class="visually-hidden">'
                yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'zh'))
                yield '</h2>'
            yield '<figure class="chart-figure">'
            yield escape(environment.getattr(l_1_sec, 'chart'))
            yield '<figcaption>'
            yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'zh'))
            yield '：'
            yield escape(environment.getitem((undefined(name='kind_names') if l_1_kind_names is missing else l_1_kind_names), environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'kind')))
            yield '，单位：'
            yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'unit'))
            yield '；'
            if environment.getattr(l_1_sec, 'by_level'):
                pass
                yield '数量随实施单位的大小而变，故按层级分组比较，每组按本组最大值画出。'
            elif environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'level'):
                pass
                yield '每个数字计的是一个'
                yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'level_label'), environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'level'), _loop_vars=_loop_vars), 'zh'))
                yield '级单位，不论实施单位是哪一级，故同图比较。'
            else:
                pass
                yield '地区后为实施单位的层级。'
            yield '<span class="phone-only">原文见各实践页。</span></figcaption></figure>\n<div class="scroll figures-table" role="region" aria-label="'
            yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'zh'))
            yield ' 数据表" tabindex="0">\n<table class="data-table">\n<thead><tr>'
            for (l_2_zh, l_2_gloss) in [('地区', 'Region'), ('层级', 'Level'), ('实践', 'Initiative'), ('原指标', 'Label')]:
                _loop_vars = {}
                pass
                yield '<th scope="col">'
                yield escape(l_2_zh)
                yield ' '
                yield escape(t_1(l_2_gloss, cls=None))
                yield '</th>'
            l_2_zh = l_2_gloss = missing
            yield '<th scope="col" class="num">数值 <span lang="en">Value</span></th><th scope="col">原文 <span lang="en">Quote</span></th></tr></thead>\n<tbody>\n'
            for (l_2_e, l_2_metric, l_2_place, l_2_level) in environment.getattr(l_1_sec, 'table'):
                l_2_level_badge = resolve('level_badge')
                _loop_vars = {}
                pass
                yield '<tr><td data-label="地区">'
                yield escape(l_2_place)
                yield '</td><td data-label="层级">'
                yield escape(context.call((undefined(name='level_badge') if l_2_level_badge is missing else l_2_level_badge), l_2_level, link=False, _loop_vars=_loop_vars))
                yield '</td><td data-label="实践"><a href="'
                yield escape(t_3(context, environment.getattr(l_2_e, 'slug')))
                yield '">'
                yield escape(environment.getattr(environment.getattr(l_2_e, 'item'), 'title'))
                yield '</a></td><td data-label="原指标">'
                yield escape(environment.getattr(l_2_metric, 'label'))
                yield '</td><td data-label="数值" class="num">'
                yield escape(t_5(l_2_metric))
                yield '</td><td data-label="原文">'
                if environment.getattr(l_2_metric, 'quote'):
                    pass
                    yield '<details><summary>原文</summary><q>'
                    yield escape(environment.getattr(l_2_metric, 'quote'))
                    yield '</q></details>'
                yield '</td></tr>\n'
            l_2_e = l_2_metric = l_2_place = l_2_level = l_2_level_badge = missing
            yield '</tbody>\n</table>\n</div>\n'
            if (environment.getattr(l_1_sec, 'total') > t_4(environment.getattr(l_1_sec, 'table'))):
                pass
                yield '<p class="more"><a href="'
                yield escape(t_2(context, environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'slug')))
                yield '">全部 '
                yield escape(environment.getattr(l_1_sec, 'total'))
                yield ' 项：'
                yield escape(environment.getattr((undefined(name='ind') if l_1_ind is missing else l_1_ind), 'zh'))
                yield ' '
                yield escape(t_1(markup_join(('All ', environment.getattr(l_1_sec, 'total'), )), cls=None))
                yield '</a></p>'
            yield '</section>\n'
        l_1_sec = l_1_ind = l_1_kind_names = l_1_ix = missing
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
debug_info = '1=14&2=17&3=22&4=38&6=86&7=89&8=91&9=94&18=100&19=102&21=105&22=109&26=117&27=126&28=128&29=131&31=139&33=144&34=146&35=152&36=155&39=164&42=166&43=170&48=176&49=181&50=183&51=185&52=189&54=193&60=201&61=204&62=210&69=217'