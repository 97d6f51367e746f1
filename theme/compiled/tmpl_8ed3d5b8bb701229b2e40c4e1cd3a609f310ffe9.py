from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'practices.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_places_of = missing
    try:
        t_1 = environment.filters['initiative_url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'initiative_url' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['practice_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'practice_url' found.")
    pass
    parent_template = environment.get_template('base.html', 'practices.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_p):
        t_4 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        pass
        l_2_loop = missing
        for l_2_u, l_2_loop in LoopContext(environment.getattr(l_1_p, 'uses')[:8], undefined):
            l_2_ix = resolve('ix')
            l_2_e = missing
            _loop_vars = {}
            pass
            l_2_e = environment.getitem(environment.getattr((undefined(name='ix') if l_2_ix is missing else l_2_ix), 'entries'), environment.getattr(l_2_u, 'slug'))
            _loop_vars['e'] = l_2_e
            t_4.extend((
                '<a href="',
                escape(t_1(context, environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'slug'))),
                '">',
                escape((environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'place') or environment.getattr(environment.getattr((undefined(name='e') if l_2_e is missing else l_2_e), 'item'), 'title'))),
                '</a>',
            ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_4.append(
                    '、',
                )
        l_2_loop = l_2_u = l_2_ix = l_2_e = missing
        if (t_2(environment.getattr(l_1_p, 'uses')) > 8):
            pass
            t_4.extend((
                ' 等 <a href="',
                escape(t_3(context, environment.getattr(l_1_p, 'slug'))),
                '">',
                escape(t_2(environment.getattr(l_1_p, 'uses'))),
                ' 处</a>',
            ))
        return concat(t_4)
    context.exported_vars.add('places_of')
    context.vars['places_of'] = l_0_places_of = Macro(environment, macro, 'places_of', ('p',), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '做法词汇表 Practices'

def block_main(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_shared = resolve('shared')
    l_0_letters = resolve('letters')
    l_0_shared_count = resolve('shared_count')
    l_0_rest_count = resolve('rest_count')
    l_0_all_letters = resolve('all_letters')
    try:
        t_5 = environment.filters['en']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'en' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['listed_url']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'listed_url' found.")
    try:
        t_3 = environment.filters['practice_url']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'practice_url' found.")
    try:
        t_7 = environment.filters['theme_url']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'theme_url' found.")
    pass
    yield '<header class="page-head">\n<h1>命名做法<span class="en" lang="en">Named practices</span></h1>\n<p class="note">报道中有名称的机制和品牌：先列多地共用的做法，其余按拼音排序。<span lang="en">Named mechanisms: those shared by several places first, then the rest by pinyin.</span></p>\n</header>\n'
    if ((undefined(name='shared') if l_0_shared is missing else l_0_shared) or (undefined(name='letters') if l_0_letters is missing else l_0_letters)):
        pass
        if (undefined(name='shared') if l_0_shared is missing else l_0_shared):
            pass
            yield '<section class="glossary" aria-labelledby="shared-title">\n<h2 id="shared-title">多地共用<span class="en" lang="en">Shared by several places</span> <span class="count">'
            yield escape((undefined(name='shared_count') if l_0_shared_count is missing else l_0_shared_count))
            yield ' 个</span></h2>\n<dl>\n'
            l_1_loop = missing
            for l_1_p, l_1_loop in LoopContext((undefined(name='shared') if l_0_shared is missing else l_0_shared), undefined):
                l_1_places_of = resolve('places_of')
                _loop_vars = {}
                pass
                yield '<div><dt><a href="'
                yield escape(t_3(context, environment.getattr(l_1_p, 'slug')))
                yield '">'
                yield escape(environment.getattr(l_1_p, 'name'))
                yield '</a> <span class="count">'
                yield escape(environment.getattr(l_1_p, 'places'))
                yield ' 地 · '
                yield escape(t_2(environment.getattr(l_1_p, 'uses')))
                yield ' 处</span></dt>\n<dd>'
                yield escape(context.call((undefined(name='places_of') if l_1_places_of is missing else l_1_places_of), l_1_p, _loop_vars=_loop_vars))
                if environment.getattr(l_1_p, 'themes'):
                    pass
                    yield '<span class="glossary-themes">主题：'
                    l_2_loop = missing
                    for l_2_t, l_2_loop in LoopContext(environment.getattr(l_1_p, 'themes')[:3], undefined):
                        l_2_ix = resolve('ix')
                        _loop_vars = {}
                        pass
                        yield '<a href="'
                        yield escape(t_7(context, l_2_t))
                        yield '">'
                        yield escape(environment.getattr(context.call(environment.getattr((undefined(name='ix') if l_2_ix is missing else l_2_ix), 'theme_label'), l_2_t, _loop_vars=_loop_vars), 'zh'))
                        yield '</a>'
                        if (not environment.getattr(l_2_loop, 'last')):
                            pass
                            yield '、'
                    l_2_loop = l_2_t = l_2_ix = missing
                    yield '</span>'
                yield '</dd></div>\n'
            l_1_loop = l_1_p = l_1_places_of = missing
            yield '</dl>\n</section>\n'
        if (undefined(name='letters') if l_0_letters is missing else l_0_letters):
            pass
            yield '<section class="glossary glossary-rest" aria-labelledby="rest-title">\n<h2 id="rest-title">其他做法<span class="en" lang="en">Other practices</span> <span class="count">'
            yield escape((undefined(name='rest_count') if l_0_rest_count is missing else l_0_rest_count))
            yield ' 个，各见于一地</span></h2>\n<nav class="letters" aria-label="拼音首字母 Initials"><ul>'
            for (l_1_anchor, l_1_letter, l_1_items) in (undefined(name='all_letters') if l_0_all_letters is missing else l_0_all_letters):
                l_1_where = resolve('where')
                _loop_vars = {}
                pass
                yield '<li><a href="'
                yield escape(t_6(context, markup_join((environment.getitem((undefined(name='where') if l_1_where is missing else l_1_where), l_1_anchor), '#letter-', l_1_anchor, ))))
                yield '">'
                yield escape(l_1_letter)
                yield '</a></li>'
            l_1_anchor = l_1_letter = l_1_items = l_1_where = missing
            yield '</ul></nav>\n'
            for (l_1_anchor, l_1_letter, l_1_items) in (undefined(name='letters') if l_0_letters is missing else l_0_letters):
                _loop_vars = {}
                pass
                yield '<h3 id="letter-'
                yield escape(l_1_anchor)
                yield '">'
                yield escape(l_1_letter)
                yield '</h3>\n<ul class="glossary-list">\n'
                for l_2_p in l_1_items:
                    l_2_places_of = resolve('places_of')
                    _loop_vars = {}
                    pass
                    yield '<li><a href="'
                    yield escape(t_3(context, environment.getattr(l_2_p, 'slug')))
                    yield '">'
                    yield escape(environment.getattr(l_2_p, 'name'))
                    yield '</a> <span class="muted">'
                    yield escape(context.call((undefined(name='places_of') if l_2_places_of is missing else l_2_places_of), l_2_p, _loop_vars=_loop_vars))
                    yield '</span></li>\n'
                l_2_p = l_2_places_of = missing
                yield '</ul>\n'
            l_1_anchor = l_1_letter = l_1_items = missing
            yield '</section>\n'
    else:
        pass
        yield '<p class="muted">暂无命名做法。</p>\n'
    template = environment.get_template('_pager.html', 'practices.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'main': block_main}
debug_info = '1=31&3=34&4=40&5=49&7=60&2=74&9=84&15=128&16=130&18=133&20=136&21=141&22=149&23=150&24=154&25=159&33=171&35=174&37=176&38=181&41=187&42=191&44=195&45=200&54=213'