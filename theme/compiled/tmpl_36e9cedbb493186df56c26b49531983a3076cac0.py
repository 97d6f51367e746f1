from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_practice_count_chip = l_0_cards = l_0_grouped = l_0_profile_figure = l_0_scroll_table = missing
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
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['practice_url']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'practice_url' found.")
    try:
        t_5 = environment.filters['region_url']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'region_url' found.")
    try:
        t_6 = environment.filters['theme_chip']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'theme_chip' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_p, l_1_n):
        t_8 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        t_8.extend((
            '<span class="chip-with-count"><a class="chip chip-practice" href="',
            escape(t_4(context, environment.getattr(l_1_p, 'slug'))),
            '">',
            escape(environment.getattr(l_1_p, 'name')),
            '</a>',
        ))
        if (l_1_n > 1):
            pass
            t_8.extend((
                '<span class="count">×',
                escape(l_1_n),
                '</span>',
            ))
        t_8.append(
            '</span>',
        )
        return concat(t_8)
    context.exported_vars.add('practice_count_chip')
    context.vars['practice_count_chip'] = l_0_practice_count_chip = Macro(environment, macro, 'practice_count_chip', ('p', 'n'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_entries, l_1_h, l_1_limit):
        t_9 = []
        if l_1_entries is missing:
            l_1_entries = undefined("parameter 'entries' was not provided", name='entries')
        if l_1_h is missing:
            l_1_h = 3
        if l_1_limit is missing:
            l_1_limit = 40
        pass
        if (t_3(l_1_entries) <= l_1_limit):
            pass
            t_9.append(
                '<ul class="cards">\n',
            )
            for l_2_e in l_1_entries:
                l_2_card = resolve('card')
                _loop_vars = {}
                pass
                t_9.append(
                    escape(context.call((undefined(name='card') if l_2_card is missing else l_2_card), l_2_e, l_1_h, _loop_vars=_loop_vars)),
                )
            l_2_e = l_2_card = missing
            t_9.append(
                '</ul>\n',
            )
        else:
            pass
            t_9.append(
                '<ul class="compact">\n',
            )
            for l_2_e in l_1_entries:
                _loop_vars = {}
                pass
                t_9.extend((
                    '<li><a href="',
                    escape(t_2(context, environment.getattr(l_2_e, 'slug'))),
                    '">',
                    escape(environment.getattr(environment.getattr(l_2_e, 'item'), 'title')),
                    '</a> <span class="muted">',
                    escape(environment.getattr(l_2_e, 'place')),
                    '</span></li>\n',
                ))
            l_2_e = missing
            t_9.append(
                '</ul>\n',
            )
        return concat(t_9)
    context.exported_vars.add('cards')
    context.vars['cards'] = l_0_cards = Macro(environment, macro, 'cards', ('entries', 'h', 'limit'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_groups, l_1_h):
        t_10 = []
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_h is missing:
            l_1_h = 2
        pass
        for l_2_g in l_1_groups:
            _loop_vars = {}
            pass
            t_10.extend((
                '<section class="group" aria-labelledby="g-',
                escape((environment.getattr(l_2_g, 'key') or 'none')),
                '">\n<h',
                escape(l_1_h),
                ' id="g-',
                escape((environment.getattr(l_2_g, 'key') or 'none')),
                '" class="group-title">',
            ))
            if environment.getattr(l_2_g, 'key'):
                pass
                t_10.extend((
                    '<a href="',
                    escape(t_5(context, environment.getattr(l_2_g, 'key'))),
                    '">',
                    escape(environment.getattr(l_2_g, 'name')),
                    '</a>',
                ))
            else:
                pass
                t_10.append(
                    escape(environment.getattr(l_2_g, 'name')),
                )
            t_10.extend((
                ' <span class="count">',
                escape(t_3(environment.getattr(l_2_g, 'entries'))),
                ' 项</span></h',
                escape(l_1_h),
                '>\n',
                escape(context.call((undefined(name='cards') if l_0_cards is missing else l_0_cards), environment.getattr(l_2_g, 'entries'), (l_1_h + 1), _loop_vars=_loop_vars)),
                '\n</section>\n',
            ))
        l_2_g = missing
        return concat(t_10)
    context.exported_vars.add('grouped')
    context.vars['grouped'] = l_0_grouped = Macro(environment, macro, 'grouped', ('groups', 'h'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_chart, l_1_caption, l_1_themes):
        t_11 = []
        if l_1_chart is missing:
            l_1_chart = undefined("parameter 'chart' was not provided", name='chart')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        if l_1_themes is missing:
            l_1_themes = None
        pass
        if l_1_chart:
            pass
            t_11.extend((
                '<figure class="chart-figure">',
                escape(l_1_chart),
                '<figcaption>',
                escape(l_1_caption),
                '</figcaption></figure>',
            ))
        elif (not t_7(l_1_themes)):
            pass
            t_11.append(
                '<p class="profile-one">仅 1 项实践，不作分布图',
            )
            if l_1_themes:
                pass
                t_11.append(
                    '；其主题：',
                )
                for l_2_t in l_1_themes:
                    _loop_vars = {}
                    pass
                    t_11.extend((
                        escape(t_6(context, l_2_t)),
                        ' ',
                    ))
                l_2_t = missing
            else:
                pass
                t_11.append(
                    '，尚无主题。',
                )
            t_11.append(
                '<span lang="en">One initiative: its themes, no chart.</span></p>',
            )
        return concat(t_11)
    context.exported_vars.add('profile_figure')
    context.vars['profile_figure'] = l_0_profile_figure = Macro(environment, macro, 'profile_figure', ('chart', 'caption', 'themes'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_label, l_1_more_zh, l_1_more_en, l_1_caller):
        t_12 = []
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_more_zh is missing:
            l_1_more_zh = undefined("parameter 'more_zh' was not provided", name='more_zh')
        if l_1_more_en is missing:
            l_1_more_en = undefined("parameter 'more_en' was not provided", name='more_en')
        pass
        t_12.extend((
            '<p class="scroll-hint" aria-hidden="true">← 左右滑动查看',
            escape(l_1_more_zh),
            ' ',
            escape(t_1(l_1_more_en, cls=None)),
            ' →</p>\n<div class="scroll scroll-x" role="region" aria-labelledby="',
            escape(l_1_label),
            '" tabindex="0">',
            escape(context.call(l_1_caller)),
            '\n</div>\n',
        ))
        return concat(t_12)
    context.exported_vars.add('scroll_table')
    context.vars['scroll_table'] = l_0_scroll_table = Macro(environment, macro, 'scroll_table', ('label', 'more_zh', 'more_en'), False, False, True, context.eval_ctx.autoescape)

blocks = {}
debug_info = '8=54&9=63&10=68&15=82&16=91&18=96&22=112&23=117&29=132&30=139&31=144&32=146&33=151&34=167&35=171&42=179&43=188&44=197&45=202&54=227&55=238&56=242&57=244'