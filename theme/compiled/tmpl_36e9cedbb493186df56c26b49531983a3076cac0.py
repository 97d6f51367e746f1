from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_theme_chip = l_0_practice_chip = l_0_practice_count_chip = l_0_level_badge = l_0_place = l_0_local_place = l_0_cards = l_0_grouped = l_0_profile_figure = missing
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
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['level_url']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'level_url' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_8 = environment.filters['practice_url']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'practice_url' found.")
    try:
        t_9 = environment.filters['region_url']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'region_url' found.")
    try:
        t_10 = environment.filters['theme_url']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'theme_url' found.")
    pass
    def macro(l_1_slug):
        t_11 = []
        l_1_ix = resolve('ix')
        l_1_t = missing
        if l_1_slug is missing:
            l_1_slug = undefined("parameter 'slug' was not provided", name='slug')
        pass
        l_1_t = context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'theme_label'), l_1_slug)
        t_11.extend((
            '<a class="chip chip-theme" href="',
            escape(t_10(context, l_1_slug)),
            '">',
            escape(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'zh')),
            escape(t_1(environment.getattr((undefined(name='t') if l_1_t is missing else l_1_t), 'en'))),
            '</a>',
        ))
        return concat(t_11)
    context.exported_vars.add('theme_chip')
    context.vars['theme_chip'] = l_0_theme_chip = Macro(environment, macro, 'theme_chip', ('slug',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_name):
        t_12 = []
        l_1_ix = resolve('ix')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        if (l_1_name in environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'practice_slugs')):
            pass
            t_12.extend((
                '<a class="chip chip-practice" href="',
                escape(t_8(context, environment.getitem(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'practice_slugs'), l_1_name))),
                '">',
                escape(l_1_name),
                '</a>',
            ))
        else:
            pass
            t_12.extend((
                '<span class="chip chip-practice">',
                escape(l_1_name),
                '</span>',
            ))
        return concat(t_12)
    context.exported_vars.add('practice_chip')
    context.vars['practice_chip'] = l_0_practice_chip = Macro(environment, macro, 'practice_chip', ('name',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_p, l_1_n):
        t_13 = []
        if l_1_p is missing:
            l_1_p = undefined("parameter 'p' was not provided", name='p')
        if l_1_n is missing:
            l_1_n = undefined("parameter 'n' was not provided", name='n')
        pass
        t_13.extend((
            '<span class="chip-with-count"><a class="chip chip-practice" href="',
            escape(t_8(context, environment.getattr(l_1_p, 'slug'))),
            '">',
            escape(environment.getattr(l_1_p, 'name')),
            '</a>',
        ))
        if (l_1_n > 1):
            pass
            t_13.extend((
                '<span class="count">×',
                escape(l_1_n),
                '</span>',
            ))
        t_13.append(
            '</span>',
        )
        return concat(t_13)
    context.exported_vars.add('practice_count_chip')
    context.vars['practice_count_chip'] = l_0_practice_count_chip = Macro(environment, macro, 'practice_count_chip', ('p', 'n'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_level, l_1_link):
        t_14 = []
        l_1_ix = resolve('ix')
        l_1_l = resolve('l')
        if l_1_level is missing:
            l_1_level = undefined("parameter 'level' was not provided", name='level')
        if l_1_link is missing:
            l_1_link = True
        pass
        if l_1_level:
            pass
            l_1_l = context.call(environment.getattr((undefined(name='ix') if l_1_ix is missing else l_1_ix), 'level_label'), l_1_level)
            if l_1_link:
                pass
                t_14.extend((
                    '<a class="badge badge-',
                    escape(l_1_level),
                    '" href="',
                    escape(t_5(context, l_1_level)),
                    '">',
                    escape(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'zh')),
                    escape(t_1(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'en'))),
                    '</a>',
                ))
            else:
                pass
                t_14.extend((
                    '<span class="badge badge-',
                    escape(l_1_level),
                    '">',
                    escape(environment.getattr((undefined(name='l') if l_1_l is missing else l_1_l), 'zh')),
                    '</span>',
                ))
        return concat(t_14)
    context.exported_vars.add('level_badge')
    context.vars['level_badge'] = l_0_level_badge = Macro(environment, macro, 'level_badge', ('level', 'link'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_e):
        t_15 = []
        if l_1_e is missing:
            l_1_e = undefined("parameter 'e' was not provided", name='e')
        pass
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(environment.getattr(l_1_e, 'steps'), undefined):
            _loop_vars = {}
            pass
            t_15.append(
                escape(environment.getattr(l_2_s, 'name')),
            )
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_15.append(
                    ' ',
                )
        l_2_loop = l_2_s = missing
        if environment.getattr(environment.getattr(l_1_e, 'item'), 'locality'):
            pass
            if environment.getattr(l_1_e, 'steps'):
                pass
                t_15.append(
                    ' ',
                )
            t_15.append(
                escape(environment.getattr(environment.getattr(l_1_e, 'item'), 'locality')),
            )
        if ((not environment.getattr(l_1_e, 'steps')) and (not environment.getattr(environment.getattr(l_1_e, 'item'), 'locality'))):
            pass
            t_15.append(
                '地区未标明',
            )
        return concat(t_15)
    context.exported_vars.add('place')
    context.vars['place'] = l_0_place = Macro(environment, macro, 'place', ('e',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_e):
        t_16 = []
        l_1_names = missing
        if l_1_e is missing:
            l_1_e = undefined("parameter 'e' was not provided", name='e')
        pass
        l_1_names = (t_6(context.eval_ctx, t_7(context, environment.getattr(l_1_e, 'steps')[1:], attribute='name')) + ([environment.getattr(environment.getattr(l_1_e, 'item'), 'locality')] if environment.getattr(environment.getattr(l_1_e, 'item'), 'locality') else []))
        if (undefined(name='names') if l_1_names is missing else l_1_names):
            pass
            t_16.append(
                escape(t_3(context.eval_ctx, (undefined(name='names') if l_1_names is missing else l_1_names), ' ')),
            )
        else:
            pass
            t_16.append(
                escape(context.call((undefined(name='place') if l_0_place is missing else l_0_place), l_1_e)),
            )
        return concat(t_16)
    context.exported_vars.add('local_place')
    context.vars['local_place'] = l_0_local_place = Macro(environment, macro, 'local_place', ('e',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_entries, l_1_h, l_1_limit):
        t_17 = []
        if l_1_entries is missing:
            l_1_entries = undefined("parameter 'entries' was not provided", name='entries')
        if l_1_h is missing:
            l_1_h = 3
        if l_1_limit is missing:
            l_1_limit = 40
        pass
        if (t_4(l_1_entries) <= l_1_limit):
            pass
            t_17.append(
                '<ul class="cards">\n',
            )
            for l_2_e in l_1_entries:
                l_2_card = resolve('card')
                _loop_vars = {}
                pass
                t_17.append(
                    escape(context.call((undefined(name='card') if l_2_card is missing else l_2_card), l_2_e, l_1_h, _loop_vars=_loop_vars)),
                )
            l_2_e = l_2_card = missing
            t_17.append(
                '</ul>\n',
            )
        else:
            pass
            t_17.append(
                '<ul class="compact">\n',
            )
            for l_2_e in l_1_entries:
                _loop_vars = {}
                pass
                t_17.extend((
                    '<li><a href="',
                    escape(t_2(context, environment.getattr(l_2_e, 'slug'))),
                    '">',
                    escape(environment.getattr(environment.getattr(l_2_e, 'item'), 'title')),
                    '</a> <span class="muted">',
                    escape(environment.getattr(l_2_e, 'place')),
                    '</span></li>\n',
                ))
            l_2_e = missing
            t_17.append(
                '</ul>\n',
            )
        return concat(t_17)
    context.exported_vars.add('cards')
    context.vars['cards'] = l_0_cards = Macro(environment, macro, 'cards', ('entries', 'h', 'limit'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_groups, l_1_h):
        t_18 = []
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_h is missing:
            l_1_h = 2
        pass
        for l_2_g in l_1_groups:
            _loop_vars = {}
            pass
            t_18.extend((
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
                t_18.extend((
                    '<a href="',
                    escape(t_9(context, environment.getattr(l_2_g, 'key'))),
                    '">',
                    escape(environment.getattr(l_2_g, 'name')),
                    '</a>',
                ))
            else:
                pass
                t_18.append(
                    escape(environment.getattr(l_2_g, 'name')),
                )
            t_18.extend((
                ' <span class="count">',
                escape(t_4(environment.getattr(l_2_g, 'entries'))),
                ' 项</span></h',
                escape(l_1_h),
                '>\n',
                escape(context.call((undefined(name='cards') if l_0_cards is missing else l_0_cards), environment.getattr(l_2_g, 'entries'), (l_1_h + 1), _loop_vars=_loop_vars)),
                '\n</section>\n',
            ))
        l_2_g = missing
        return concat(t_18)
    context.exported_vars.add('grouped')
    context.vars['grouped'] = l_0_grouped = Macro(environment, macro, 'grouped', ('groups', 'h'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_chart, l_1_caption):
        t_19 = []
        if l_1_chart is missing:
            l_1_chart = undefined("parameter 'chart' was not provided", name='chart')
        if l_1_caption is missing:
            l_1_caption = undefined("parameter 'caption' was not provided", name='caption')
        pass
        if l_1_chart:
            pass
            t_19.extend((
                '<figure class="chart-figure">',
                escape(l_1_chart),
                '<figcaption>',
                escape(l_1_caption),
                '</figcaption></figure>',
            ))
        return concat(t_19)
    context.exported_vars.add('profile_figure')
    context.vars['profile_figure'] = l_0_profile_figure = Macro(environment, macro, 'profile_figure', ('chart', 'caption'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=72&6=79&7=82&10=92&11=98&12=102&14=111&18=118&19=127&20=132&23=146&24=155&25=157&26=158&27=162&29=174&34=183&35=189&36=201&37=211&40=220&41=226&42=227&47=241&48=250&50=255&54=271&55=276&61=291&62=298&63=303&64=305&65=310&66=326&67=330&72=338&73=345'