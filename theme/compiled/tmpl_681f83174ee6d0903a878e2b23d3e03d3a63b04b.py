from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'initiative.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_e = resolve('e')
    l_0_item = l_0_metric_table = missing
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['metric']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'metric' found.")
    pass
    parent_template = environment.get_template('base.html', 'initiative.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_item = environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'item')
    context.vars['item'] = l_0_item
    context.exported_vars.add('item')
    def macro(l_1_metrics):
        t_3 = []
        if l_1_metrics is missing:
            l_1_metrics = undefined("parameter 'metrics' was not provided", name='metrics')
        pass
        t_3.append(
            '<table class="metric-table">\n<thead><tr><th scope="col">指标 <span lang="en">Indicator</span></th><th scope="col" class="num">数值 <span lang="en">Value</span></th><th scope="col">原文 <span lang="en">Source quote</span></th></tr></thead>\n<tbody>\n',
        )
        for l_2_metric in l_1_metrics:
            _loop_vars = {}
            pass
            t_3.extend((
                '<tr><th scope="row">',
                escape(environment.getattr(l_2_metric, 'label')),
                '</th><td class="num">',
                escape(t_2(l_2_metric)),
                '</td><td>',
            ))
            if environment.getattr(l_2_metric, 'quote'):
                pass
                t_3.extend((
                    '<details><summary>原文</summary><q>',
                    escape(environment.getattr(l_2_metric, 'quote')),
                    '</q></details>',
                ))
            t_3.append(
                '</td></tr>\n',
            )
        l_2_metric = missing
        t_3.append(
            '</tbody>\n</table>\n',
        )
        return concat(t_3)
    context.exported_vars.add('metric_table')
    context.vars['metric_table'] = l_0_metric_table = Macro(environment, macro, 'metric_table', ('metrics',), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title'))

def block_description(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_item = resolve('item')
    pass
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary'):
        pass
        yield '<meta name="description" content="'
        yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'summary'))
        yield '">'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_e = resolve('e')
    l_0_item = resolve('item')
    l_0_figures = resolve('figures')
    l_0_metric_table = resolve('metric_table')
    l_0_shown = resolve('shown')
    l_0_parent = resolve('parent')
    l_0_parts = resolve('parts')
    l_0_related = resolve('related')
    try:
        t_4 = environment.filters['citation']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'citation' found.")
    try:
        t_1 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_5 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.filters['level_badge']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'level_badge' found.")
    try:
        t_8 = environment.filters['place']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'place' found.")
    try:
        t_9 = environment.filters['practice_chip']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'practice_chip' found.")
    try:
        t_10 = environment.filters['region_url']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'region_url' found.")
    try:
        t_11 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_12 = environment.filters['search_url']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'search_url' found.")
    try:
        t_13 = environment.filters['theme_chip']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'theme_chip' found.")
    pass
    yield '<div class="initiative-layout">\n<article class="initiative">\n<!--index-->\n<header class="page-head">\n<nav class="crumbs" aria-label="地区 Region">\n<ol>\n'
    for l_1_s in environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'steps'):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(t_10(context, environment.getattr(l_1_s, 'key')))
        yield '">'
        yield escape(environment.getattr(l_1_s, 'name'))
        yield '</a></li>'
    l_1_s = missing
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'locality'):
        pass
        yield '<li><span>'
        yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'locality'))
        yield '</span></li>'
    if ((not environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'steps')) and (not environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'locality'))):
        pass
        yield '<li><span>地区未标明</span></li>'
    yield '</ol>\n</nav>\n<h1>'
    yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'title'))
    yield '</h1>\n'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'subtitle'):
        pass
        yield '<p class="subtitle">'
        yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'subtitle'))
        yield '</p>'
    yield '<p class="facts">'
    yield escape(t_7(context, environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'level')))
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'date'):
        pass
        yield ' <time datetime="'
        yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'date'))
        yield '">'
        yield escape(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'date'))
        yield '</time>'
    yield '</p>\n</header>\n'
    if environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'lead'):
        pass
        yield '<p class="lead">'
        yield escape(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'lead'))
        yield '</p>'
    if (environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'themes') or environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'practices')):
        pass
        yield '<dl class="facets">\n'
        if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'themes'):
            pass
            yield '<div><dt>主题<span class="en" lang="en">Themes</span></dt><dd>'
            for l_1_t in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'themes'):
                _loop_vars = {}
                pass
                yield escape(t_13(context, l_1_t))
                yield ' '
            l_1_t = missing
            yield '</dd></div>'
        if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'practices'):
            pass
            yield '<div><dt>做法<span class="en" lang="en">Practices</span></dt><dd>'
            for l_1_p in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'practices'):
                _loop_vars = {}
                pass
                yield escape(t_9(context, l_1_p))
                yield ' '
            l_1_p = missing
            yield '</dd></div>'
        yield '</dl>\n'
    if (undefined(name='figures') if l_0_figures is missing else l_0_figures):
        pass
        yield '<section class="metrics" aria-labelledby="metrics-title">\n<h2 id="metrics-title">数据<span class="en" lang="en">Figures</span></h2>\n'
        yield escape(context.call((undefined(name='metric_table') if l_0_metric_table is missing else l_0_metric_table), (undefined(name='figures') if l_0_figures is missing else l_0_figures)[:(undefined(name='shown') if l_0_shown is missing else l_0_shown)], _block_vars=_block_vars))
        yield '\n'
        if (t_6((undefined(name='figures') if l_0_figures is missing else l_0_figures)) > (undefined(name='shown') if l_0_shown is missing else l_0_shown)):
            pass
            yield '<details class="more-metrics">\n<summary>另有 '
            yield escape((t_6((undefined(name='figures') if l_0_figures is missing else l_0_figures)) - (undefined(name='shown') if l_0_shown is missing else l_0_shown)))
            yield ' 项数据 '
            yield escape(t_1(markup_join(((t_6((undefined(name='figures') if l_0_figures is missing else l_0_figures)) - (undefined(name='shown') if l_0_shown is missing else l_0_shown)), ' more', )), cls=None))
            yield '</summary>\n'
            yield escape(context.call((undefined(name='metric_table') if l_0_metric_table is missing else l_0_metric_table), (undefined(name='figures') if l_0_figures is missing else l_0_figures)[(undefined(name='shown') if l_0_shown is missing else l_0_shown):], _block_vars=_block_vars))
            yield '\n</details>\n'
        yield '</section>\n'
    yield '<section class="body" aria-label="正文 Article">\n<!--body-->'
    yield escape(t_11(environment.getattr(environment.getattr((undefined(name='e') if l_0_e is missing else l_0_e), 'body'), 'html')))
    yield '<!--/body-->\n</section>\n'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'captions'):
        pass
        yield '<section class="captions" aria-labelledby="captions-title">\n<h2 id="captions-title">图片说明<span class="en" lang="en">Captions</span></h2>\n<ul>\n'
        for l_1_c in environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'captions'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.getattr(l_1_c, 'text'))
            if environment.getattr(l_1_c, 'credit'):
                pass
                yield '（'
                yield escape(environment.getattr(l_1_c, 'credit'))
                yield '）'
            yield '</li>\n'
        l_1_c = missing
        yield '</ul>\n</section>\n'
    yield '<footer class="source">\n<p><span class="label">来源<span class="en" lang="en">Source</span></span> '
    yield escape(t_4((undefined(name='item') if l_0_item is missing else l_0_item)))
    yield '</p>\n'
    if environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'keywords'):
        pass
        yield '<p class="keywords"><span class="label">关键词<span class="en" lang="en">Keywords</span></span> '
        l_1_loop = missing
        for l_1_k, l_1_loop in LoopContext(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'keywords'), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(t_12(context, l_1_k))
            yield '">'
            yield escape(l_1_k)
            yield '</a>'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '、'
        l_1_loop = l_1_k = missing
        yield '</p>'
    yield '</footer>\n<!--/index-->\n</article>\n<div class="side">\n'
    if ((undefined(name='parent') if l_0_parent is missing else l_0_parent) or (undefined(name='parts') if l_0_parts is missing else l_0_parts)):
        pass
        yield '<nav class="parts" aria-label="同篇报道 Parts of the same article">\n'
        if (undefined(name='parent') if l_0_parent is missing else l_0_parent):
            pass
            yield '<p>本文是综述<a href="'
            yield escape(t_5(context, environment.getattr((undefined(name='parent') if l_0_parent is missing else l_0_parent), 'slug')))
            yield '">《'
            yield escape(environment.getattr(environment.getattr((undefined(name='parent') if l_0_parent is missing else l_0_parent), 'item'), 'title'))
            yield '》</a>的第 '
            yield escape(environment.getattr(environment.getattr((undefined(name='item') if l_0_item is missing else l_0_item), 'source'), 'part'))
            yield ' 部分。<span class="en" lang="en">Part of an overview article.</span></p>'
        if (undefined(name='parts') if l_0_parts is missing else l_0_parts):
            pass
            yield '<h2>分篇<span class="en" lang="en">Parts</span></h2>\n<ol>'
            for l_1_p in (undefined(name='parts') if l_0_parts is missing else l_0_parts):
                _loop_vars = {}
                pass
                yield '<li><a href="'
                yield escape(t_5(context, environment.getattr(l_1_p, 'slug')))
                yield '">'
                yield escape(environment.getattr(environment.getattr(l_1_p, 'item'), 'title'))
                yield '</a> <span class="muted">'
                yield escape(t_8(l_1_p))
                yield '</span></li>'
            l_1_p = missing
            yield '</ol>\n'
        yield '</nav>\n'
    yield '<aside class="related" aria-labelledby="related-title">\n<h2 id="related-title">其他地方的相似实践<span class="en" lang="en">Similar initiatives elsewhere</span></h2>\n'
    if (undefined(name='related') if l_0_related is missing else l_0_related):
        pass
        yield '<ul class="related-list">\n'
        for l_1_r in (undefined(name='related') if l_0_related is missing else l_0_related):
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(t_5(context, environment.getattr(environment.getattr(l_1_r, 'entry'), 'slug')))
            yield '">'
            yield escape(environment.getattr(environment.getattr(environment.getattr(l_1_r, 'entry'), 'item'), 'title'))
            yield '</a>\n<span class="related-meta">'
            yield escape(t_8(environment.getattr(l_1_r, 'entry')))
            yield ' '
            yield escape(t_7(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'entry'), 'item'), 'level'), link=False))
            yield '</span>\n'
            if environment.getattr(l_1_r, 'reason'):
                pass
                yield '<span class="reason">'
                yield escape(environment.getattr(l_1_r, 'reason'))
                yield '</span>'
            yield '</li>\n'
        l_1_r = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p class="muted">暂无相似实践。<span lang="en">No similar initiatives yet.</span></p>\n'
    yield '</aside>\n</div>\n</div>\n'

blocks = {'title': block_title, 'description': block_description, 'main': block_main}
debug_info = '1=26&2=29&5=32&11=40&12=45&13=50&3=69&4=80&21=95&28=178&29=187&30=192&33=196&34=198&35=204&36=205&38=213&39=218&41=221&42=224&44=231&46=234&51=242&54=245&55=247&57=250&58=254&64=258&66=260&70=263&71=267&77=277&78=279&79=283&80=287&87=297&89=300&90=303&93=309&96=312&97=316&105=326&107=329&108=333&109=337&110=341'