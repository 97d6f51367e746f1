from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'indicator.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_sec = resolve('sec')
    l_0_ind = missing
    pass
    parent_template = environment.get_template('base.html', 'indicator.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_ind = environment.getattr((undefined(name='sec') if l_0_sec is missing else l_0_sec), 'indicator')
    context.vars['ind'] = l_0_ind
    context.exported_vars.add('ind')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_ind = resolve('ind')
    pass
    yield escape(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'zh'))
    yield ' · 数据比较 Compare'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_overview = resolve('overview')
    l_0_ind = resolve('ind')
    l_0_sec = resolve('sec')
    l_0_kind_names = resolve('kind_names')
    l_0_ix = resolve('ix')
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_3 = environment.filters['level_badge']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'level_badge' found.")
    try:
        t_4 = environment.filters['listed_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'listed_url' found.")
    try:
        t_5 = environment.filters['metric']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'metric' found.")
    pass
    yield '<header class="page-head">\n<p class="kicker"><a href="'
    yield escape(t_4(context, (undefined(name='overview') if l_0_overview is missing else l_0_overview)))
    yield '">数据比较 <span lang="en">Compare</span></a></p>\n<h1>'
    yield escape(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'zh'))
    yield escape(t_1(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'en')))
    yield '</h1>\n<p class="note">全部 '
    yield escape(environment.getattr((undefined(name='sec') if l_0_sec is missing else l_0_sec), 'total'))
    yield ' 项数据，按数值从大到小排列；每个数字都附原文。</p>\n</header>\n<section class="block indicator" aria-labelledby="'
    yield escape(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'slug'))
    yield '">\n<h2 id="'
    yield escape(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'slug'))
    yield '" class="visually-hidden">'
    yield escape(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'zh'))
    yield '</h2>\n<figure class="chart-figure">'
    yield escape(environment.getattr((undefined(name='sec') if l_0_sec is missing else l_0_sec), 'chart'))
    yield '<figcaption>'
    yield escape(environment.getitem((undefined(name='kind_names') if l_0_kind_names is missing else l_0_kind_names), environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'kind')))
    yield '，单位：'
    yield escape(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'unit'))
    yield '；'
    if environment.getattr((undefined(name='sec') if l_0_sec is missing else l_0_sec), 'by_level'):
        pass
        yield '数量随实施单位的大小而变，故按层级分组比较，每组按本组最大值画出。'
    elif environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'level'):
        pass
        yield '每个数字计的是一个'
        yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_0_ix is missing else l_0_ix), 'level_label'), environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'level'), _block_vars=_block_vars), 'zh'))
        yield '单位，不论实施单位是哪一级，故同图比较。'
    else:
        pass
        yield '地区后为实施单位的层级。'
    yield '</figcaption></figure>\n<div class="scroll figures-table" role="region" aria-label="'
    yield escape(environment.getattr((undefined(name='ind') if l_0_ind is missing else l_0_ind), 'zh'))
    yield ' 数据表" tabindex="0">\n<table class="data-table">\n<thead><tr>'
    for (l_1_zh, l_1_gloss) in [('地区', 'Region'), ('层级', 'Level'), ('实践', 'Initiative'), ('原指标', 'Label')]:
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(l_1_zh)
        yield ' '
        yield escape(t_1(l_1_gloss, cls=None))
        yield '</th>'
    l_1_zh = l_1_gloss = missing
    yield '<th scope="col" class="num">数值 <span lang="en">Value</span></th><th scope="col">原文 <span lang="en">Quote</span></th></tr></thead>\n<tbody>\n'
    for (l_1_e, l_1_metric, l_1_place, l_1_level) in environment.getattr((undefined(name='sec') if l_0_sec is missing else l_0_sec), 'table'):
        _loop_vars = {}
        pass
        yield '<tr><td data-label="地区">'
        yield escape(l_1_place)
        yield '</td><td data-label="层级">'
        yield escape(t_3(context, l_1_level, link=False))
        yield '</td><td data-label="实践"><a href="'
        yield escape(t_2(context, environment.getattr(l_1_e, 'slug')))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_e, 'item'), 'title'))
        yield '</a></td><td data-label="原指标">'
        yield escape(environment.getattr(l_1_metric, 'label'))
        yield '</td><td data-label="数值" class="num">'
        yield escape(t_5(l_1_metric))
        yield '</td><td data-label="原文" class="quote">'
        if environment.getattr(l_1_metric, 'quote'):
            pass
            yield '<details><summary>原文</summary><q>'
            yield escape(environment.getattr(l_1_metric, 'quote'))
            yield '</q></details>'
        yield '</td></tr>\n'
    l_1_e = l_1_metric = l_1_place = l_1_level = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n'
    template = environment.get_template('_pager.html', 'indicator.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=14&2=17&3=22&4=34&6=78&7=80&8=83&10=85&11=87&12=91&13=93&14=97&15=100&18=109&21=111&22=115&27=121&28=125&29=127&30=129&31=133&33=137&40=145'